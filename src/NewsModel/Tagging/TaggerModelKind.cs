namespace NewsModel.Tagging;

/// <summary>What a tagger model tags.</summary>
public enum TaggerModelKind
{
    /// <summary>Parts of speech: Penn Treebank tags ("NN", "VBD", "IN").</summary>
    PartOfSpeech = 1,

    /// <summary>Names of people, organisations and places, as BILOU tags ("B-PER", "L-PER", "U-LOC", "O").</summary>
    Names = 2,
}
