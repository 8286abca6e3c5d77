using NewsModel.Training;

// dotnet run -c Release --project src/NewsModel.Training -- pos [--shared DIR] [--out FILE] [--check]
return args.Length > 0 && args[0] == "pos"
    ? PosCommand.Run(args[1..], Console.Out)
    : Usage();

static int Usage()
{
    Console.Error.WriteLine("""
        usage: NewsModel.Training pos [--shared DIR] [--out FILE] [--check]
          trains the part-of-speech model, writes it to src/NewsModel/Tagging/Models/pos.nmtag (or FILE)
          and prints its accuracy; --check compares it with the file instead of writing it.
        tuning, on EWT dev only (nothing is written):
          pos --tune [--errors N] [--epochs N] [--seed N] [--folds N] [--cached N] [--floor X]
                     [--no-lexicon] [--with TEMPLATE] [--without TEMPLATE] [--templates HEX]
        """);
    return 2;
}
