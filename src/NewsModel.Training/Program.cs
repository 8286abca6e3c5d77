using NewsModel.Training;

// dotnet run -c Release --project src/NewsModel.Training -- pos [--shared DIR] [--out FILE] [--check]
// dotnet run -c Release --project src/NewsModel.Training -- names [--shared DIR] [--out FILE] [--check] [--folds-out DIR]
return args.Length == 0 ? Usage() : args[0] switch
{
    "pos" => PosCommand.Run(args[1..], Console.Out),
    "names" => NamesCommand.Run(args[1..], Console.Out),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: NewsModel.Training pos [--shared DIR] [--out FILE] [--check]
          trains the part-of-speech model, writes it to src/NewsModel/Tagging/Models/pos.nmtag (or FILE)
          and prints its accuracy; --check compares it with the file instead of writing it.
        usage: NewsModel.Training names [--shared DIR] [--out FILE] [--check] [--folds-out DIR] [--no-folds]
          trains the name model, writes it to src/NewsModel/Tagging/Models/names.nmtag (or FILE) and prints
          UNER dev/test span F1 and GUM figures by document folds; --folds-out writes the fold models and
          folds.tsv (document, model) for the evaluation's gum --names-folds.
        tuning, on EWT dev only (nothing is written):
          pos --tune [--errors N] [--epochs N] [--seed N] [--folds N] [--cached N] [--floor X]
                     [--no-lexicon] [--with TEMPLATE] [--without TEMPLATE] [--templates HEX]
        """);
    return 2;
}
