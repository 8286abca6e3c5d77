using System.Buffers;

using NewsModel.Cli.IO;

namespace NewsModel.Tests.Cli;

public class PooledBufferWriterTests
{
    [Fact]
    public void Write_PastTheFirstArray_KeepsEveryByteInOrder()
    {
        var expected = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        using var writer = new PooledBufferWriter(16);

        // In small pieces, as a JSON writer asks, so that the buffer grows several times.
        foreach (var chunk in expected.Chunk(1000))
        {
            writer.Write(chunk);
        }

        writer.WrittenCount.Should().Be(expected.Length);
        writer.WrittenMemory.ToArray().Should().Equal(expected);
    }

    [Fact]
    public void Grow_ReturnsTheSmallerArrayToThePool()
    {
        var pool = new RecordingPool();
        using var writer = new PooledBufferWriter(4096, pool);
        var first = pool.Rented.Single();

        writer.GetSpan(first.Length + 1);

        pool.Returned.Should().ContainSingle().Which.Should().BeSameAs(first);
        pool.Rented.Should().HaveCount(2);
    }

    [Fact]
    public void Dispose_ReturnsTheArrayOnce()
    {
        var pool = new RecordingPool();
        var writer = new PooledBufferWriter(4096, pool);
        writer.Write("{}"u8);

        writer.Dispose();
        writer.Dispose();

        pool.Returned.Should().ContainSingle().Which.Should().BeSameAs(pool.Rented.Single());
        writer.WrittenCount.Should().Be(0);
    }

    [Fact]
    public void Dispose_ArrayPastTheKeptSize_IsNotReturned()
    {
        var pool = new RecordingPool();
        var writer = new PooledBufferWriter(4096, pool);
        writer.Advance(writer.GetSpan(PooledBufferWriter.MaxPooledLength + 1).Length);

        writer.Dispose();

        pool.Returned.Should().ContainSingle("only the first, small array goes back")
            .Which.Length.Should().BeLessThanOrEqualTo(PooledBufferWriter.MaxPooledLength);
    }

    [Fact]
    public void GetSpan_AfterDispose_Throws()
    {
        var writer = new PooledBufferWriter(4096);
        writer.Dispose();

        Action act = () => writer.GetSpan();

        act.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Advance_PastTheFreeSpace_Throws()
    {
        using var writer = new PooledBufferWriter(4096);
        var free = writer.GetSpan().Length;

        var act = () => writer.Advance(free + 1);

        act.Should().Throw<InvalidOperationException>();
        writer.WrittenCount.Should().Be(0);
    }

    /// <summary>A pool that hands out new arrays and records what comes back.</summary>
    private sealed class RecordingPool : ArrayPool<byte>
    {
        public List<byte[]> Rented { get; } = [];

        public List<byte[]> Returned { get; } = [];

        public override byte[] Rent(int minimumLength)
        {
            var array = new byte[minimumLength];
            this.Rented.Add(array);
            return array;
        }

        public override void Return(byte[] array, bool clearArray = false) => this.Returned.Add(array);
    }
}
