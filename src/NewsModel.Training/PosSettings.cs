using System.Globalization;

using NewsModel.Lexicons;
using NewsModel.Tagging;

namespace NewsModel.Training;

/// <summary>What the <c>pos</c> command was asked to do.</summary>
internal sealed record PosSettings
{
    /// <summary>The shared folder (its <c>data</c> holds the treebanks).</summary>
    public required string Shared { get; init; }

    /// <summary>Where the model goes.</summary>
    public required string Output { get; init; }

    /// <summary>Compare the trained model with <see cref="Output"/> instead of writing it.</summary>
    public bool Check { get; init; }

    /// <summary>Train without GUM news and score EWT dev only, writing nothing.</summary>
    public bool Tune { get; init; }

    /// <summary>How many confusions and words to print when tuning.</summary>
    public int Errors { get; init; }

    /// <summary>The trainer's options.</summary>
    public required TrainerOptions Options { get; init; }

    /// <summary>Reads the command's options.</summary>
    /// <param name="args">The options.</param>
    /// <param name="root">The repository's root.</param>
    /// <param name="error">What is wrong with them, when they are wrong.</param>
    /// <returns>The settings, or null.</returns>
    public static PosSettings? Parse(string[] args, string root, out string? error)
    {
        // Tuned on EWT dev: features whose weights never reach one whole update drop out of the
        // model at no cost in accuracy (57% of them).
        var settings = new PosSettings
        {
            Shared = Path.Combine(root, "..", "shared"),
            Output = Path.Combine(root, "src", "NewsModel", "Tagging", "Models", "pos.nmtag"),
            Options = new TrainerOptions { Lexicon = LexiconClasses.From(LexiconSet.Default), WeightFloor = 1 },
        };
        error = null;
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var option = args[i];
                settings = Apply(settings, option, () => ++i < args.Length ? args[i] : throw new ArgumentException($"{option} needs a value"));
            }

            return settings;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            error = e.Message;
            return null;
        }
    }

    private static PosSettings Apply(PosSettings settings, string option, Func<string> value)
    {
        var options = settings.Options;
        var templates = ((PartOfSpeechTemplates)options.Templates).Enabled;
        return option switch
        {
            "--shared" => settings with { Shared = value() },
            "--out" => settings with { Output = value() },
            "--check" => settings with { Check = true },
            "--tune" => settings with { Tune = true },
            "--errors" => settings with { Errors = Number(value()) },
            "--epochs" => settings with { Options = options with { Epochs = Number(value()) } },
            "--seed" => settings with { Options = options with { Seed = ulong.Parse(value(), CultureInfo.InvariantCulture) } },
            "--folds" => settings with { Options = options with { Folds = Number(value()) } },
            "--cached" => settings with { Options = options with { CachedWords = Number(value()) } },
            "--floor" => settings with { Options = options with { WeightFloor = double.Parse(value(), CultureInfo.InvariantCulture) } },
            "--no-lexicon" => settings with { Options = options with { Lexicon = [] } },
            "--with" => settings with { Options = options with { Templates = new PartOfSpeechTemplates(templates | Template(value())) } },
            "--without" => settings with { Options = options with { Templates = new PartOfSpeechTemplates(templates & ~Template(value())) } },
            "--templates" => settings with { Options = options with { Templates = new PartOfSpeechTemplates((PartOfSpeechTemplates.Template)ulong.Parse(value(), NumberStyles.HexNumber, CultureInfo.InvariantCulture)) } },
            _ => throw new ArgumentException($"unknown option {option}"),
        };
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static PartOfSpeechTemplates.Template Template(string name) => Enum.Parse<PartOfSpeechTemplates.Template>(name);
}
