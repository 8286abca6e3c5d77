namespace NewsModel.Cli;

internal static class Program
{
    private static int Main(string[] args) => NewsModelCommand.Run(args, CliConsole.System);
}
