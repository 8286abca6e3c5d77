using System.Buffers.Binary;
using System.Text;

using FsCheck;
using FsCheck.Xunit;

using NewsModel.Tagging;

namespace NewsModel.Tests.Tagging;

public class ModelFileTests
{
    // The offset of the format version, just past the magic.
    private const int VersionOffset = 8;

    public static TheoryData<string, string> Corruptions => new()
    {
        { "empty", "not a NewsModel tagger model (bad magic)" },
        { "text", "not a NewsModel tagger model (bad magic)" },
        { "png", "not a NewsModel tagger model (bad magic)" },
        { "magic only", "truncated at byte 8" },
        { "half the magic", "truncated at byte 4" },
        { "newer version", "format version 7 is newer than this library reads (1)" },
        { "version 0", "format version 0 is not a valid version" },
        { "cut in the header", "truncated at byte 20" },
        { "cut in the weights", "truncated at byte" },
        { "last byte missing", "truncated at byte" },
        { "bytes after the end", "3 bytes follow the end of the model" },
        { "payload byte flipped", "checksum mismatch: the model file is damaged" },
        { "checksum byte flipped", "checksum mismatch: the model file is damaged" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Load_CorruptTruncatedOrForeignBytes_ParseErrorSaysWhat(string corruption, string message)
    {
        var bytes = Corrupt(ModelFile.Write(TinyTagger.Model), corruption);

        var result = TaggerModel.Load(bytes);

        result.Success.Should().BeFalse();
        result.Error!.Message.Should().StartWith(message);
    }

    [Fact]
    public void Load_UnknownKindWithRightChecksum_SaysTheKind()
    {
        var bytes = ModelFile.Write(TinyTagger.Model);
        bytes[10] = 9;

        TaggerModel.Load(Resealed(bytes)).Error!.Message.Should().Be("unknown model kind 9");
    }

    [Fact]
    public void Load_UnknownTemplateVersionWithRightChecksum_SaysTheVersion()
    {
        var bytes = ModelFile.Write(TinyTagger.Model);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(12), 42);

        TaggerModel.Load(Resealed(bytes)).Error!.Message.Should().Be("this library has no feature templates version 42 for part-of-speech models");
    }

    [Fact]
    public void Load_WrittenModel_SameTagsAndProperties()
    {
        var model = TinyTagger.Model;

        var loaded = TaggerModel.Load(ModelFile.Write(model)).Value;

        loaded.Tags.Should().Equal(model.Tags);
        loaded.Kind.Should().Be(model.Kind);
        loaded.FormatVersion.Should().Be(TaggerModel.LatestFormatVersion);
        loaded.FeatureTemplateVersion.Should().Be(model.FeatureTemplateVersion);
        loaded.FeatureCount.Should().Be(model.FeatureCount);
        loaded.WordCount.Should().Be(model.WordCount);
        TinyTagger.TagAll(loaded).Should().BeEquivalentTo(TinyTagger.TagAll(model), o => o.WithStrictOrdering());
    }

    [Fact]
    public void Write_LoadedModel_SameBytes()
    {
        var bytes = ModelFile.Write(TinyTagger.Model);

        ModelFile.Write(TaggerModel.Load(bytes).Value).Should().Equal(bytes);
    }

    [Fact]
    public void Load_Stream_ReadsTheRestOfIt()
    {
        using var stream = new MemoryStream(ModelFile.Write(TinyTagger.Model));

        TaggerModel.Load(stream).Value.Tags.Should().Equal(TinyTagger.Model.Tags);
    }

    [Fact]
    public void LoadFile_WrittenFile_LoadsAndAMissingOneIsAnError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsmodel-{Guid.NewGuid():N}.nmtag");
        try
        {
            File.WriteAllBytes(path, ModelFile.Write(TinyTagger.Model));

            TaggerModel.LoadFile(path).Success.Should().BeTrue();
            TaggerModel.LoadFile(path + ".missing").Error!.Message.Should().EndWith("no such file");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadFile_CorruptFile_ErrorNamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsmodel-{Guid.NewGuid():N}.nmtag");
        try
        {
            File.WriteAllText(path, "hello");

            TaggerModel.LoadFile(path).Error!.Message.Should().Be($"{path}: not a NewsModel tagger model (bad magic)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Property(MaxTest = 300)]
    public bool Load_RandomBytes_ErrorNotException(byte[] bytes) => !TaggerModel.Load(bytes).Success;

    [Property(MaxTest = 300)]
    public bool Load_ModelWithRandomBytesChanged_ErrorOrModelNeverException(NonEmptyArray<byte> noise, PositiveInt at)
    {
        var bytes = ModelFile.Write(TinyTagger.Model);
        for (var i = 0; i < noise.Get.Length; i++)
        {
            bytes[(at.Get + (i * 7919)) % bytes.Length] ^= noise.Get[i];
        }

        var result = TaggerModel.Load(bytes);
        return result.Success || result.Error!.Message.Length > 0;
    }

    [Property(MaxTest = 300)]
    public bool Load_ModelWithPayloadChangedAndChecksumPutRight_ErrorOrModelNeverException(NonEmptyArray<byte> noise, PositiveInt at, bool stored)
    {
        // Past the checksum, the payload's own checks (deflate, key order, ranges) must hold.
        var bytes = ModelFile.Write(TinyTagger.Model, compress: !stored);
        var payloadStart = bytes.Length / 3;
        for (var i = 0; i < noise.Get.Length; i++)
        {
            bytes[payloadStart + ((at.Get + (i * 7919)) % (bytes.Length - 4 - payloadStart))] ^= noise.Get[i];
        }

        var result = TaggerModel.Load(Resealed(bytes));
        return result.Success || result.Error!.Message.Length > 0;
    }

    [Property(MaxTest = 200)]
    public bool Load_ModelCutAnywhere_Truncated(PositiveInt cut)
    {
        var bytes = ModelFile.Write(TinyTagger.Model);
        var length = cut.Get % bytes.Length;

        var error = TaggerModel.Load(bytes.AsSpan(0, length)).Error!.Message;
        return error == (length == 0 ? "not a NewsModel tagger model (bad magic)" : $"truncated at byte {length}");
    }

    private static byte[] Corrupt(byte[] bytes, string corruption)
    {
        switch (corruption)
        {
            case "empty":
                return [];
            case "text":
                return Encoding.UTF8.GetBytes("DT NN VBD IN NNP\n");
            case "png":
                return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
            case "magic only":
                return bytes[..8];
            case "half the magic":
                return bytes[..4];
            case "newer version":
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(VersionOffset), 7);
                return bytes;
            case "version 0":
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(VersionOffset), 0);
                return bytes;
            case "cut in the header":
                return bytes[..20];
            case "cut in the weights":
                return bytes[..(bytes.Length / 2)];
            case "last byte missing":
                return bytes[..^1];
            case "bytes after the end":
                return [.. bytes, 1, 2, 3];
            case "payload byte flipped":
                bytes[bytes.Length / 2] ^= 0x40;
                return bytes;
            case "checksum byte flipped":
                bytes[^1] ^= 1;
                return bytes;
            default:
                throw new ArgumentOutOfRangeException(nameof(corruption), corruption, "no such corruption");
        }
    }

    // A changed header with its checksum put right, as a file from another library version would be.
    private static byte[] Resealed(byte[] bytes)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4), Crc32.Of(bytes.AsSpan(0, bytes.Length - 4)));
        return bytes;
    }
}
