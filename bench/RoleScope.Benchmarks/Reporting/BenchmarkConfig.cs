using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace RoleScope.Benchmarks.Reporting;

/// <summary>The defaults plus the median and the per-posting and MB/s columns (computed from the median); the job (e.g. <c>--job short</c>) comes from the command line.</summary>
internal sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddColumn(StatisticColumn.Median);
        AddColumn(CorpusRateColumn.All);
    }
}
