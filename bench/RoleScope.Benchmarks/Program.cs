using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using RoleScope.Benchmarks.Throughput;

namespace RoleScope.Benchmarks;

/// <summary>
/// <c>--throughput</c>, <c>--stages</c> and <c>--text-bytes FILE</c> are plain measurements for bench/throughput.sh; anything else goes to
/// BenchmarkDotNet (e.g. <c>--filter * --job short</c>).
/// </summary>
public static class Program
{
    /// <summary>BenchmarkDotNet builds a child project per job; its 2-minute default is too short on a shared, loaded 2-core machine.</summary>
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(10);

    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ThroughputCommand.Name)
        {
            return ThroughputCommand.Run(args[1..], Console.Out, Console.Error);
        }
        if (args.Length > 0 && args[0] == StagesCommand.Name)
        {
            return StagesCommand.Run(args[1..], Console.Out, Console.Error);
        }
        if (args.Length > 0 && args[0] == TextBytesCommand.Name)
        {
            return TextBytesCommand.Run(args[1..], Console.Out, Console.Error);
        }
        if (args.Length > 0 && args[0] == Analytics.AnalyticsCommand.Name)
        {
            return Analytics.AnalyticsCommand.Run(args[1..], Console.Out, Console.Error);
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(BuildTimeout));
        return 0;
    }
}
