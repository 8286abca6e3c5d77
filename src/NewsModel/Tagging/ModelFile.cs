using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;

namespace NewsModel.Tagging;

/// <summary>
/// The binary form of a <see cref="TaggerModel"/> (all numbers little-endian):
/// <list type="number">
/// <item>the magic <c>89 'N' 'M' 'T' 'A' 'G' 0D 0A</c>; the format version (u16);</item>
/// <item>the model kind (u8), flags (u8: none defined yet, 0), the
/// feature-template version (u16), the feature hash's function id and key bits (u8, u8), the
/// weight encoding (u8: 1, 16-bit integers) and the compression of the payload (u8: 0 none,
/// 1 deflate);</item>
/// <item>the tags: a count (u8, 1 to 64) and each tag as a length (u8) and UTF-8 bytes;</item>
/// <item>the weight scale (f32), the feature and word counts (u32, u32), the payload's length
/// and its stored length (u32, u32);</item>
/// <item>the payload: the feature keys ascending as LEB128 deltas, a byte per feature for its
/// non-zero weights, their tag indexes (u8) and their weights (i16); then the word keys as
/// deltas, the tags each word was seen with (u64), its usual tag (u8, 255 for none) and its
/// lexicon classes (u8), among them a name model's lexicon names as keys (<see cref="NameGazetteer"/>); then the count of cached words (LEB128) and each one's atoms (twelve
/// u64: word, lower-cased form, four prefixes, four suffixes, shape, short shape; and its traits,
/// u16), whose summed weights the model computes when it is loaded;</item>
/// <item>the CRC-32 of every byte before it (u32).</item>
/// </list>
/// </summary>
internal static class ModelFile
{
    /// <summary>The format version this library writes and the newest it reads.</summary>
    public const int FormatVersion = 1;

    /// <summary>The largest model file read (a guard against a length that would exhaust memory).</summary>
    public const int MaxFileBytes = 256 << 20;

    private const byte Int16Weights = 1;
    private const byte Stored = 0;
    private const byte Deflated = 1;
    private const int MaxPayloadBytes = 1 << 28;
    private const int MaxCount = 1 << 24;

    /// <summary>The first bytes of every model file.</summary>
    public static ReadOnlySpan<byte> Magic => [0x89, (byte)'N', (byte)'M', (byte)'T', (byte)'A', (byte)'G', 0x0D, 0x0A];

    /// <summary>Writes a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="compress">Whether to deflate the payload.</param>
    /// <returns>The file's bytes.</returns>
    public static byte[] Write(TaggerModel model, bool compress = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        var payload = Payload(model);
        var stored = compress ? Deflate(payload) : payload;
        var file = new ArrayBufferWriter<byte>(stored.Length + 1024);
        file.Write(Magic);
        U16(file, FormatVersion);
        U8(file, (byte)model.Kind);
        U8(file, 0);
        U16(file, model.FeatureTemplateVersion);
        U8(file, FeatureHash.FunctionId);
        U8(file, FeatureHash.KeyBits);
        U8(file, Int16Weights);
        U8(file, compress ? Deflated : Stored);
        U8(file, (byte)model.Tags.Length);
        foreach (var tag in model.Tags)
        {
            var bytes = Encoding.UTF8.GetBytes(tag);
            U8(file, checked((byte)bytes.Length));
            file.Write(bytes);
        }

        BinaryPrimitives.WriteSingleLittleEndian(file.GetSpan(4), model.Weights.Scale);
        file.Advance(4);
        U32(file, (uint)model.Weights.Count);
        U32(file, (uint)model.Words.Count);
        U32(file, (uint)payload.Length);
        U32(file, (uint)stored.Length);
        file.Write(stored);
        U32(file, Crc32.Of(file.WrittenSpan));
        return file.WrittenSpan.ToArray();
    }

    /// <summary>Reads a model, or says what is wrong with the bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>The model or the error.</returns>
    public static ParseResult<TaggerModel> Read(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return ParseResult<TaggerModel>.ForValue(ReadModel(bytes));
        }
        catch (ModelFault fault)
        {
            return ParseResult<TaggerModel>.ForError(new ParseError(fault.Message) { ByteOffset = fault.Offset });
        }
    }

    private static TaggerModel ReadModel(ReadOnlySpan<byte> bytes)
    {
        var magic = Magic;
        if (bytes.Length < magic.Length)
        {
            throw magic.StartsWith(bytes) && bytes.Length > 0
                ? Truncated(bytes.Length)
                : new ModelFault("not a NewsModel tagger model (bad magic)");
        }

        if (!bytes.StartsWith(magic))
        {
            throw new ModelFault("not a NewsModel tagger model (bad magic)");
        }

        var header = new Cursor(bytes, magic.Length, bytes.Length, isPayload: false);
        var version = header.U16();
        if (version > FormatVersion)
        {
            throw new ModelFault($"format version {version} is newer than this library reads ({FormatVersion})", magic.Length);
        }

        if (version < 1)
        {
            throw new ModelFault($"format version {version} is not a valid version", magic.Length);
        }

        var kindOffset = header.Position;
        var kind = (TaggerModelKind)header.U8();
        var flags = header.U8();
        var templateVersion = header.U16();
        var hash = header.U8();
        var keyBits = header.U8();
        var encoding = header.U8();
        var compression = header.U8();
        var tagCountOffset = header.Position;
        var tagCount = header.U8();
        var tags = ImmutableArray.CreateBuilder<string>(tagCount);
        for (var t = 0; t < tagCount; t++)
        {
            var tagOffset = header.Position;
            var tag = header.Bytes(header.U8());
            tags.Add(Tag(tag, tagOffset));
        }

        var scaleOffset = header.Position;
        var scale = header.F32();
        var featureCount = header.U32();
        var wordCount = header.U32();
        var payloadLength = header.U32();
        var storedOffset = header.Position;
        var storedLength = header.U32();
        var payloadStart = header.Position;
        var expected = (long)payloadStart + storedLength + 4;
        if (bytes.Length < expected)
        {
            throw Truncated(bytes.Length);
        }

        if (bytes.Length > expected)
        {
            throw new ModelFault($"{bytes.Length - expected} bytes follow the end of the model", expected);
        }

        var crcOffset = (int)expected - 4;
        if (BinaryPrimitives.ReadUInt32LittleEndian(bytes[crcOffset..]) != Crc32.Of(bytes[..crcOffset]))
        {
            throw new ModelFault("checksum mismatch: the model file is damaged", crcOffset);
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ModelFault($"unknown model kind {(int)kind}", kindOffset);
        }

        if (flags != 0)
        {
            throw new ModelFault($"unknown flags 0x{flags:X2} (a newer writer's)", kindOffset + 1);
        }

        if (hash != FeatureHash.FunctionId || keyBits != FeatureHash.KeyBits)
        {
            throw new ModelFault($"feature hash {hash} with {keyBits}-bit keys is not one this library computes", kindOffset + 4);
        }

        var templates = FeatureTemplates.Find(kind, templateVersion)
            ?? throw new ModelFault($"this library has no feature templates version {templateVersion} for {KindName(kind)} models", kindOffset + 2);
        if (encoding != Int16Weights)
        {
            throw new ModelFault($"unknown weight encoding {encoding}", kindOffset + 6);
        }

        if (compression is not Stored and not Deflated)
        {
            throw new ModelFault($"unknown compression {compression}", kindOffset + 7);
        }

        if (tagCount is 0 or > FeatureWeights.MaxTags)
        {
            throw new ModelFault($"{tagCount} tags: a model has 1 to {FeatureWeights.MaxTags}", tagCountOffset);
        }

        if (tags.Distinct(StringComparer.Ordinal).Count() != tagCount)
        {
            throw new ModelFault("a tag is listed twice", tagCountOffset);
        }

        if (!float.IsFinite(scale) || scale <= 0)
        {
            throw new ModelFault($"weight scale {scale} is not a positive number", scaleOffset);
        }

        // Every feature and word takes a byte at least, and deflate packs at most about a
        // thousand bytes into one: larger counts are damage, not a model.
        if (featureCount > payloadLength || wordCount > payloadLength || payloadLength > MaxPayloadBytes
            || (compression == Deflated && payloadLength > (storedLength * 1100L) + 1024))
        {
            throw new ModelFault("the counts in the header are beyond any model's", scaleOffset + 4);
        }

        var stored = bytes.Slice(payloadStart, (int)storedLength);
        var payload = compression == Deflated ? Inflate(stored, (int)payloadLength, payloadStart) : stored.ToArray();
        if (payload.Length != payloadLength)
        {
            throw new ModelFault($"the payload has {payload.Length} bytes, the header says {payloadLength}", storedOffset);
        }

        var body = new Cursor(payload, 0, payload.Length, isPayload: true);
        var weights = ReadWeights(ref body, tagCount, (int)featureCount, scale);
        var (wordKeys, wordInfos) = ReadWords(ref body, tagCount, (int)wordCount);
        var cached = ReadCachedWords(ref body);
        if (body.Position != payload.Length)
        {
            throw new ModelFault($"corrupt payload: {payload.Length - body.Position} bytes left over");
        }

        var cachedAtoms = cached.Select(a => a.Word).ToArray();
        if (cachedAtoms.Distinct().Count() != cachedAtoms.Length)
        {
            throw new ModelFault("corrupt payload: a cached word is listed twice");
        }

        var words = new WordDictionary(wordKeys, wordInfos);
        if (!cachedAtoms.All(words.Contains))
        {
            throw new ModelFault("corrupt payload: a cached word is not in the dictionary");
        }

        try
        {
            return new TaggerModel(kind, version, templates, tags.MoveToImmutable(), weights, new WordDictionary(wordKeys, wordInfos, cachedAtoms), cached);
        }
        catch (OverflowException)
        {
            throw new ModelFault("corrupt payload: a cached word's summed weights do not fit in 16 bits");
        }
    }

    private static FeatureWeights ReadWeights(ref Cursor body, int tagCount, int count, float scale)
    {
        var keys = ReadKeys(ref body, count, "feature");
        var nonZero = body.Bytes(count);
        var total = 0;
        foreach (var n in nonZero)
        {
            if (n > tagCount)
            {
                throw new ModelFault($"corrupt payload: a feature with {n} weights for {tagCount} tags");
            }

            total += n;
        }

        var tagIndexes = body.Bytes(total);
        var values = body.Bytes(total * 2);

        // A row of weights per feature: a count a damaged header let through must not overflow
        // the size or ask for gigabytes (a real model has well under a million features).
        if ((long)count * tagCount > MaxPayloadBytes / 2)
        {
            throw new ModelFault($"corrupt payload: {count} features of {tagCount} tags are beyond any model's");
        }

        var dense = new short[count * tagCount];
        var at = 0;
        for (var row = 0; row < count; row++)
        {
            var previous = -1;
            for (var k = 0; k < nonZero[row]; k++, at++)
            {
                var tag = tagIndexes[at];
                if (tag >= tagCount || tag <= previous)
                {
                    throw new ModelFault("corrupt payload: a weight's tag is out of order or range");
                }

                dense[(row * tagCount) + tag] = BinaryPrimitives.ReadInt16LittleEndian(values[(at * 2)..]);
                previous = tag;
            }
        }

        return new FeatureWeights(tagCount, keys, dense, scale);
    }

    private static ImmutableArray<TokenAtoms> ReadCachedWords(ref Cursor body)
    {
        var count = body.Varint();
        if (count > MaxCount)
        {
            throw new ModelFault("corrupt payload: too many cached words");
        }

        var cached = ImmutableArray.CreateBuilder<TokenAtoms>((int)count);
        for (var i = 0; i < (int)count; i++)
        {
            var atoms = default(TokenAtoms);
            atoms.Word = body.U64();
            atoms.Lower = body.U64();
            for (var k = 0; k < TokenAtoms.AffixLengths; k++)
            {
                atoms.Prefixes[k] = body.U64();
            }

            for (var k = 0; k < TokenAtoms.AffixLengths; k++)
            {
                atoms.Suffixes[k] = body.U64();
            }

            atoms.Shape = body.U64();
            atoms.ShortShape = body.U64();
            atoms.Traits = (TokenTraits)body.U16();
            cached.Add(atoms);
        }

        return cached.MoveToImmutable();
    }

    private static (ImmutableArray<uint> Keys, ImmutableArray<WordInfo> Infos) ReadWords(ref Cursor body, int tagCount, int count)
    {
        var keys = ReadKeys(ref body, count, "word");
        var masks = body.Bytes(count * 8);
        var sure = body.Bytes(count);
        var classes = body.Bytes(count);
        var allowed = tagCount == 64 ? ulong.MaxValue : (1UL << tagCount) - 1;
        var infos = ImmutableArray.CreateBuilder<WordInfo>(count);
        for (var i = 0; i < count; i++)
        {
            var mask = BinaryPrimitives.ReadUInt64LittleEndian(masks[(i * 8)..]);
            if ((mask & ~allowed) != 0 || (sure[i] >= tagCount && sure[i] != WordInfo.NoTag))
            {
                throw new ModelFault("corrupt payload: a word's tags are out of range");
            }

            infos.Add(new WordInfo(mask, sure[i], classes[i]));
        }

        return (keys, infos.MoveToImmutable());
    }

    private static ImmutableArray<uint> ReadKeys(ref Cursor body, int count, string what)
    {
        var keys = ImmutableArray.CreateBuilder<uint>(count);
        ulong key = 0;
        for (var i = 0; i < count; i++)
        {
            var delta = body.Varint();
            key += delta;
            if (delta == 0 || key > uint.MaxValue)
            {
                throw new ModelFault($"corrupt payload: the {what} keys are not ascending");
            }

            keys.Add((uint)key);
        }

        return keys.MoveToImmutable();
    }

    private static byte[] Inflate(ReadOnlySpan<byte> stored, int length, int offset)
    {
        var payload = new byte[length];
        try
        {
            using var input = new MemoryStream(stored.ToArray(), writable: false);
            using var inflater = new DeflateStream(input, CompressionMode.Decompress);
            var read = 0;
            while (read < length)
            {
                var n = inflater.Read(payload, read, length - read);
                if (n == 0)
                {
                    return payload[..read];
                }

                read += n;
            }

            if (inflater.ReadByte() >= 0)
            {
                throw new ModelFault("the compressed payload is longer than the header says", offset);
            }
        }
        catch (InvalidDataException)
        {
            throw new ModelFault("the compressed payload is damaged", offset);
        }

        return payload;
    }

    private static string Tag(ReadOnlySpan<byte> bytes, int offset)
    {
        try
        {
            var tag = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return tag.Length > 0 && !tag.Any(char.IsControl) ? tag : throw new ModelFault("a tag is empty or has control characters", offset);
        }
        catch (DecoderFallbackException)
        {
            throw new ModelFault("a tag is not UTF-8", offset);
        }
    }

    private static string KindName(TaggerModelKind kind) => kind switch
    {
        TaggerModelKind.PartOfSpeech => "part-of-speech",
        TaggerModelKind.Names => "name",
        _ => kind.ToString(),
    };

    private static ModelFault Truncated(int length) => new($"truncated at byte {length}");

    private static byte[] Payload(TaggerModel model)
    {
        var weights = model.Weights;
        var tagCount = weights.TagCount;
        var payload = new ArrayBufferWriter<byte>(1 << 20);
        WriteKeys(payload, weights.Keys);
        var tagIndexes = new ArrayBufferWriter<byte>();
        var values = new ArrayBufferWriter<byte>();
        var weightsOfRow = new short[tagCount];
        for (var row = 0; row < weights.Count; row++)
        {
            weights.CopyRow(row, weightsOfRow);
            byte n = 0;
            for (var t = 0; t < tagCount; t++)
            {
                if (weightsOfRow[t] != 0)
                {
                    n++;
                    U8(tagIndexes, (byte)t);
                    BinaryPrimitives.WriteInt16LittleEndian(values.GetSpan(2), weightsOfRow[t]);
                    values.Advance(2);
                }
            }

            U8(payload, n);
        }

        payload.Write(tagIndexes.WrittenSpan);
        payload.Write(values.WrittenSpan);
        var words = model.Words;
        WriteKeys(payload, words.Keys);
        foreach (var info in words.Infos)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(payload.GetSpan(8), info.Tags);
            payload.Advance(8);
        }

        foreach (var info in words.Infos)
        {
            U8(payload, info.Sure);
        }

        foreach (var info in words.Infos)
        {
            U8(payload, info.Classes);
        }

        var cached = model.Cache.Words;
        Varint(payload, (uint)cached.Length);
        foreach (var atoms in cached)
        {
            U64(payload, atoms.Word);
            U64(payload, atoms.Lower);
            for (var k = 0; k < TokenAtoms.AffixLengths; k++)
            {
                U64(payload, atoms.Prefixes[k]);
            }

            for (var k = 0; k < TokenAtoms.AffixLengths; k++)
            {
                U64(payload, atoms.Suffixes[k]);
            }

            U64(payload, atoms.Shape);
            U64(payload, atoms.ShortShape);
            U16(payload, (ushort)atoms.Traits);
        }

        return payload.WrittenSpan.ToArray();
    }

    private static void WriteKeys(ArrayBufferWriter<byte> into, ImmutableArray<uint> keys)
    {
        uint previous = 0;
        foreach (var key in keys)
        {
            Varint(into, key - previous);
            previous = key;
        }
    }

    private static void Varint(ArrayBufferWriter<byte> into, uint value)
    {
        while (value >= 0x80)
        {
            U8(into, (byte)(value | 0x80));
            value >>= 7;
        }

        U8(into, (byte)value);
    }

    private static void U64(ArrayBufferWriter<byte> into, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(into.GetSpan(8), value);
        into.Advance(8);
    }

    private static byte[] Deflate(byte[] payload)
    {
        using var output = new MemoryStream();
        using (var deflater = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflater.Write(payload);
        }

        return output.ToArray();
    }

    private static void U8(ArrayBufferWriter<byte> into, byte value)
    {
        into.GetSpan(1)[0] = value;
        into.Advance(1);
    }

    private static void U16(ArrayBufferWriter<byte> into, int value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(into.GetSpan(2), checked((ushort)value));
        into.Advance(2);
    }

    private static void U32(ArrayBufferWriter<byte> into, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(into.GetSpan(4), value);
        into.Advance(4);
    }

    /// <summary>Reads numbers forward through bytes, failing with where they ran out.</summary>
    private ref struct Cursor(ReadOnlySpan<byte> bytes, int position, int end, bool isPayload)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes[..end];

        public int Position { get; private set; } = position;

        public byte U8() => this.Bytes(1)[0];

        public ushort U16() => BinaryPrimitives.ReadUInt16LittleEndian(this.Bytes(2));

        public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(this.Bytes(4));

        public ulong U64() => BinaryPrimitives.ReadUInt64LittleEndian(this.Bytes(8));

        public float F32() => BinaryPrimitives.ReadSingleLittleEndian(this.Bytes(4));

        public ulong Varint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = this.U8();
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new ModelFault("corrupt payload: a key is too long");
        }

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if ((uint)count > (uint)(this.bytes.Length - this.Position))
            {
                throw isPayload ? new ModelFault("corrupt payload: it ends early") : Truncated(this.bytes.Length);
            }

            var slice = this.bytes.Slice(this.Position, count);
            this.Position += count;
            return slice;
        }
    }

    /// <summary>What is wrong with a model file, and where; never leaves <see cref="Read"/>.</summary>
    private sealed class ModelFault(string message, long? offset = null) : Exception(message)
    {
        public long? Offset { get; } = offset;
    }
}
