using NewsModel.Cli.IO;

namespace NewsModel.Tests.Cli;

public class OutputBuffersTests
{
    [Fact]
    public void Rent_AfterReturn_GivesTheSameBufferEmptied()
    {
        var buffers = new OutputBuffers();
        var first = buffers.Rent();
        System.Buffers.BuffersExtensions.Write(first, "{\"a\": 1}"u8);
        buffers.Return(first);

        var second = buffers.Rent();

        second.Should().BeSameAs(first);
        second.WrittenCount.Should().Be(0);
    }

    [Fact]
    public void Rent_WhileOthersAreOut_GivesADifferentBuffer()
    {
        var buffers = new OutputBuffers();
        var first = buffers.Rent();

        buffers.Rent().Should().NotBeSameAs(first);
    }

    [Fact]
    public void Return_BufferGrownPastFourMegabytes_IsNotKept()
    {
        var buffers = new OutputBuffers();
        var huge = buffers.Rent();
        huge.Advance(huge.GetSpan(5 << 20).Length);
        buffers.Return(huge);

        buffers.Rent().Should().NotBeSameAs(huge);
    }
}
