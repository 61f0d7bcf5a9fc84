using System.Runtime.InteropServices;

namespace RoleScope.Benchmarks.Throughput;

/// <summary>
/// CPU time consumed by the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>). Wall time on a busy shared machine
/// counts the time other processes hold the core; the thread's CPU time does not, so MB/s per CPU-second is the
/// figure to hold against a per-core bar when the machine is not idle.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>False off Linux (or if the call fails), where only wall time is reported.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>Nanoseconds of CPU the calling thread has used, or 0 when <see cref="IsAvailable"/> is false.</summary>
    public static long NowNanoseconds() => IsAvailable && TryNow(out var ns) ? ns : 0;

    private static bool TryNow(out long nanoseconds)
    {
        try
        {
            if (ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0)
            {
                nanoseconds = ts.Seconds * 1_000_000_000 + ts.Nanoseconds;
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // A libc without clock_gettime: fall back to wall time only.
        }
        nanoseconds = 0;
        return false;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
