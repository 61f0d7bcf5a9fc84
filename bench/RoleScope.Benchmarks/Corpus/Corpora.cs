using RoleScope.Core.Domain;
using RoleScope.Sources;
using RoleScope.Synthetic;

namespace RoleScope.Benchmarks.Corpus;

/// <summary>The corpora the benchmarks run on, by the name used in <c>[Params]</c> and on the command line.</summary>
internal static class Corpora
{
    public const string Hn = "hn";
    public const string Synthetic = "synthetic";

    /// <summary>Synthetic postings held for BenchmarkDotNet: enough to mix every template, few enough to stay in memory.</summary>
    public const int SyntheticSampleSize = 2_000;

    public const int SyntheticSeed = 42;

    private static readonly Dictionary<string, PostingCorpus> Loaded = new(StringComparer.Ordinal);

    /// <summary>Loads a corpus once per process (the summary's columns and the benchmarks ask for the same one).</summary>
    public static PostingCorpus Get(string name)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(name, out var corpus))
            {
                corpus = name switch
                {
                    Hn => new PostingCorpus(Hn, LoadHn()),
                    Synthetic => new PostingCorpus(Synthetic, [.. SyntheticPostings.Generate(SyntheticSampleSize, SyntheticSeed)]),
                    _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown corpus"),
                };
                Loaded.Add(name, corpus);
            }
            return corpus;
        }
    }

    /// <summary>Every unique posting of the 2023 HN "Who is hiring?" archive; reposts (same id) are read once, as ingest dedupes them.</summary>
    public static List<RawPosting> LoadHn()
    {
        var seen = new HashSet<(string, string)>();
        var postings = new List<RawPosting>();
        foreach (var file in SharedData.HnFiles)
        {
            foreach (var record in PostingReaders.ReadFile(file))
            {
                if (record is ReadPosting { Posting: var posting } && seen.Add((posting.Source, posting.Id)))
                {
                    postings.Add(posting);
                }
            }
        }
        if (postings.Count == 0)
        {
            throw new InvalidDataException("no postings read from " + SharedData.Folder);
        }
        return postings;
    }
}
