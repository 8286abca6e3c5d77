using System.Globalization;

using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsModel.Benchmarks;

/// <summary>The suite's configuration: the default jobs plus MB/s and allocation-per-article columns.</summary>
public static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddColumn(new ThroughputColumn(), new PerArticleColumn(), new AllocationRatioColumn());

    /// <summary>The benchmark case's input, and whether its size is of output (writers) rather than of input.</summary>
    internal static (Input Input, string? Format) Describe(BenchmarkCase benchmarkCase)
    {
        var input = benchmarkCase.Parameters["Input"] is Input value ? value : Input.Seed;
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        return (input, method switch
        {
            "WriteJson" => "json",
            "WriteYaml" => "yaml",
            _ => null,
        });
    }

    internal static long Bytes(BenchmarkCase benchmarkCase)
    {
        var (input, format) = Describe(benchmarkCase);
        return format is null ? Inputs.InputBytes(input) : Inputs.OutputBytes(input, format);
    }

    private abstract class Column : IColumn
    {
        public abstract string Id { get; }

        public abstract string ColumnName { get; }

        public abstract string Legend { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => this.GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public abstract string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }

    /// <summary>MB (10^6 bytes, UTF-8) per second: of input for stages, of output for writers.</summary>
    private sealed class ThroughputColumn : Column
    {
        public override string Id => nameof(ThroughputColumn);

        public override string ColumnName => "MB/s";

        public override string Legend => "Megabytes (10^6 UTF-8 bytes) per second: of input text for stages and the pipeline, of output for the writers";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is null or 0
                ? "-"
                : (Bytes(benchmarkCase) / 1e6 / (mean.Value / 1e9)).ToString("F2", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Allocated bytes per article (an operation is the whole input).</summary>
    private sealed class PerArticleColumn : Column
    {
        public override string Id => nameof(PerArticleColumn);

        public override string ColumnName => "Alloc/article";

        public override string Legend => "Bytes allocated per article";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            var articles = Inputs.Texts(Describe(benchmarkCase).Input).Count;
            return allocated is null ? "-" : (allocated.Value / articles).ToString("N0", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Allocated bytes over the input's bytes (the bar is 4).</summary>
    private sealed class AllocationRatioColumn : Column
    {
        public override string Id => nameof(AllocationRatioColumn);

        public override string ColumnName => "Alloc/input";

        public override string Legend => "Bytes allocated per byte of input text (the bar is at most 4)";

        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var allocated = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is null ? "-" : ((double)allocated.Value / Inputs.InputBytes(Describe(benchmarkCase).Input)).ToString("F2", CultureInfo.InvariantCulture);
        }
    }
}
