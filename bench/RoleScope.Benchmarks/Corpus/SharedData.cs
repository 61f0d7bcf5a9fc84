namespace RoleScope.Benchmarks.Corpus;

/// <summary>The real postings in ../shared/data, read in place (never copied into the repository).</summary>
internal static class SharedData
{
    public static string Folder { get; } = Find();

    public static string[] HnFiles => [.. Directory.GetFiles(Path.Combine(Folder, "hn-2023h1"), "*.jsonl").Order(StringComparer.Ordinal)];

    private static string Find()
    {
        // Walking up from the binaries finds shared/data from bin/ and from BenchmarkDotNet's generated child projects alike.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("../shared/data was not found above " + AppContext.BaseDirectory + "; the benchmarks read the real postings in place.");
    }
}
