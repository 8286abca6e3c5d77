using System.Diagnostics;
using System.Globalization;
using System.Text;

using NewsModel.Model;
using NewsModel.Tagging;
using NewsModel.Text;
using NewsModel.Tokens;

namespace NewsModel.Benchmarks;

/// <summary>
/// The part-of-speech tagger alone, then the name tagger alone, on one thread: the articles are split into paragraphs and
/// sentences and tokenized as the pipeline does, outside the timing; then every sentence is
/// tagged. Reports tokens per second and MB/s of the articles' UTF-8 text, best of several passes
/// after a warm-up, and the bytes allocated per token.
/// </summary>
public static class TaggerBench
{
    /// <summary>tagger [DIR] [--passes N] [--model FILE] [--names FILE] [--hash]</summary>
    public static int Run(string[] args)
    {
        string? folder = null;
        string? model = null;
        string? names = null;
        var passes = 5;
        var hash = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--passes":
                    passes = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--model":
                    model = args[++i];
                    break;
                case "--names":
                    names = args[++i];
                    break;
                case "--hash":
                    hash = true;
                    break;
                default:
                    folder = args[i];
                    break;
            }
        }

        var texts = Corpus.FolderTexts(folder);
        var sentences = new List<(string Text, Token[] Tokens)>();
        long bytes = 0;
        long tokenCount = 0;
        foreach (var text in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
            foreach (var sentence in Sentences(text))
            {
                var tokens = new List<Token>();
                Tokenizer.Tokenize(text, sentence, IsAbbreviation, tokens);
                sentences.Add((text, [.. tokens]));
                tokenCount += tokens.Count;
            }
        }

        var memory = GC.GetTotalMemory(forceFullCollection: true);
        var loading = Stopwatch.StartNew();
        var tagger = model is null ? PartOfSpeechTagger.Default : new PartOfSpeechTagger(TaggerModel.LoadFile(model).Value);
        var ready = loading.Elapsed.TotalMilliseconds;
        memory = GC.GetTotalMemory(forceFullCollection: true) - memory;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model: {tagger.Model}, ready in {ready:F0} ms (read, checked, its cache added up), {memory / 1e6:F1} MB in memory"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Corpus.FolderName(folder)}: {texts.Count} articles, {bytes / 1e6:F2} MB UTF-8, {sentences.Count:N0} sentences, {tokenCount:N0} tokens; best of {passes} passes after a warm-up"));
        var longest = sentences.Max(s => s.Tokens.Length);
        var tags = new byte[longest];
        int TagAll()
        {
            var sum = 0;
            foreach (var (text, tokens) in sentences)
            {
                tagger.Tag(text, tokens, tags);
                sum += tags[0];
            }

            return sum;
        }

        TagAll();
        if (hash)
        {
            Console.WriteLine($"tags: {HashTags(tagger, sentences, tags)}");
        }

        var best = double.MaxValue;
        long allocated = 0;
        for (var p = 0; p < passes; p++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            TagAll();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"POS tagging: {tokenCount / best / 1e6:F2} M tokens/s, {bytes / best / 1e6:F1} MB/s, {(double)allocated / tokenCount:F3} bytes allocated per token ({best * 1000:F0} ms a pass)"));
        Names(sentences, tagger, bytes, tokenCount, passes, longest, names);
        return 0;
    }

    // The name tagger alone over the same sentences, their parts of speech and document evidence
    // made beforehand (outside the timing), as the actor stage gives them.
    private static void Names(List<(string Text, Token[] Tokens)> sentences, PartOfSpeechTagger pos, long bytes, long tokenCount, int passes, int longest, string? model)
    {
        var loading = Stopwatch.StartNew();
        var tagger = model is null ? NameTagger.Default : new NameTagger(TaggerModel.LoadFile(model).Value);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model: {tagger.Model}, ready in {loading.Elapsed.TotalMilliseconds:F0} ms"));
        var partsOfSpeech = new List<byte[]>(sentences.Count);
        foreach (var (text, tokens) in sentences)
        {
            var tags = new byte[tokens.Length];
            pos.Tag(text, tokens, tags);
            partsOfSpeech.Add(tags);
        }

        // The document evidence the model was trained with, as the actor stage gives it: the words
        // of each article (its sentences are consecutive and share its text) counted first.
        var evidence = new List<byte[]>(sentences.Count);
        var document = new DocumentWords();
        for (var first = 0; first < sentences.Count;)
        {
            var last = first;
            document.Clear();
            while (last < sentences.Count && ReferenceEquals(sentences[last].Text, sentences[first].Text))
            {
                document.Add(sentences[last].Text, sentences[last].Tokens);
                last++;
            }

            for (var i = first; i < last; i++)
            {
                var bytesOf = new byte[sentences[i].Tokens.Length];
                document.Evidence(sentences[i].Text, sentences[i].Tokens, bytesOf);
                evidence.Add(bytesOf);
            }

            first = last;
        }

        var names = new NameSpan[longest];
        int FindAll()
        {
            var sum = 0;
            for (var i = 0; i < sentences.Count; i++)
            {
                sum += tagger.Find(sentences[i].Text, sentences[i].Tokens, partsOfSpeech[i], evidence[i], names);
            }

            return sum;
        }

        var found = FindAll();
        var best = double.MaxValue;
        long allocated = 0;
        for (var p = 0; p < passes; p++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            FindAll();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"name tagging: {tokenCount / best / 1e6:F2} M tokens/s, {bytes / best / 1e6:F1} MB/s, {(double)allocated / tokenCount:F3} bytes allocated per token, {found:N0} names ({best * 1000:F0} ms a pass)"));
    }

    // A fingerprint of every tag of the corpus, in order (with each sentence's length, so that a
    // tag moved across a sentence boundary shows): what a speed change must leave as it is. Both
    // entry points are tagged, and must agree.
    private static string HashTags(PartOfSpeechTagger tagger, List<(string Text, Token[] Tokens)> sentences, byte[] tags)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var atoms = new TokenAtoms[tags.Length];
        var again = new byte[tags.Length];
        Span<byte> length = stackalloc byte[4];
        foreach (var (text, tokens) in sentences)
        {
            tagger.Tag(text, tokens, tags);
            TokenAtoms.ReadHeads(text, tokens, atoms);
            tagger.Tag(text, tokens, atoms, again);
            if (!tags.AsSpan(0, tokens.Length).SequenceEqual(again.AsSpan(0, tokens.Length)))
            {
                throw new InvalidOperationException("The two entry points disagree.");
            }

            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, tokens.Length);
            sha.AppendData(length);
            sha.AppendData(tags, 0, tokens.Length);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static IEnumerable<TextSpan> Sentences(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (end > start)
            {
                foreach (var sentence in SentenceSplitter.Split(text, TextSpan.FromBounds(start, end)))
                {
                    yield return sentence;
                }
            }

            start = end + 1;
        }
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) => AbbreviationLexicon.Default.Contains(word);
}
