using System.Runtime.CompilerServices;

using NewsModel.Cli.Commands;
using NewsModel.Cli.WarmUp;

namespace NewsModel.Tests.Cli;

public class CodeWarmUpTests
{
    [Fact]
    public void Compile_NamedMethod_FirstCallCompilesNothingOnTheCallingThread()
    {
        CodeWarmUp.Compile(typeof(Sample), nameof(Sample.Compiled)).Should().Be(1);
        var before = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);

        Sample.Compiled(3);
        var afterCompiled = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        Sample.NotCompiled(3);
        var afterNotCompiled = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);

        (afterCompiled - before).Should().Be(0, "the method was compiled before its first call");
        (afterNotCompiled - afterCompiled).Should().BePositive("a method not named is compiled on its first call");
    }

    [Fact]
    public void Compile_NameOfNoMethod_ThrowsNamingIt()
    {
        var act = () => CodeWarmUp.Compile(typeof(Sample), "Renamed");

        act.Should().Throw<ArgumentException>().WithMessage("*Sample has no method Renamed*");
    }

    [Fact]
    public void Compile_NoName_CompilesEveryMethodAndConstructor()
    {
        CodeWarmUp.Compile(typeof(Other)).Should().Be(3, "two methods and the constructor");
    }

    [Fact]
    public void CompilePerInputCode_EveryNamedMethodExists()
    {
        // The command compiles these by name before a batch: a renamed one would fail every batch.
        ExtractCommand.CompilePerInputCode().Should().BeGreaterThan(10);
    }

    // Each test compiles its own class: a method compiled by one is compiled for all.
    private static class Sample
    {
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Compiled(int x) => (x * 31) + 7;

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int NotCompiled(int x) => (x * 17) + 5;
    }

    private sealed class Other(int offset)
    {
        public static int First(int x) => x + 1;

        public int Second(int x) => x + offset;
    }
}
