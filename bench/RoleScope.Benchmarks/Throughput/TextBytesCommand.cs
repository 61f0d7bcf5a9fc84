using System.Globalization;
using RoleScope.Benchmarks.Corpus;
using RoleScope.Sources;

namespace RoleScope.Benchmarks.Throughput;

/// <summary>
/// <c>--text-bytes FILE</c>: prints "POSTINGS TEXT_BYTES" for a postings file as <c>rolescope extract</c> reads it, so the
/// script can turn the command's wall time into MB/s of posting text counted the same way as the single-thread figures.
/// </summary>
internal static class TextBytesCommand
{
    public const string Name = "--text-bytes";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 1)
        {
            error.WriteLine($"usage: {Name} FILE");
            return 2;
        }
        long postings = 0;
        long bytes = 0;
        foreach (var record in PostingReaders.ReadFile(args[0]))
        {
            if (record is ReadPosting read)
            {
                postings++;
                bytes += PostingBytes.Of(read.Posting);
            }
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{postings} {bytes}"));
        return 0;
    }
}
