using RoleScope.Sources;

namespace RoleScope.Evaluation.Golden;

/// <summary>Reads tests/golden: postings.jsonl (canonical input) paired by id with expected.jsonl (output records).</summary>
public static class GoldenFile
{
    public const string PostingsFile = "postings.jsonl";
    public const string ExpectedFile = "expected.jsonl";

    /// <summary>True when <paramref name="directory"/> holds both files.</summary>
    public static bool Exists(string directory) =>
        File.Exists(Path.Combine(directory, PostingsFile)) && File.Exists(Path.Combine(directory, ExpectedFile));

    /// <summary>
    /// Every case in the order of postings.jsonl. A golden file is hand-made data that must be exact: a rejected posting, a
    /// malformed record, a duplicate id or an id on one side only throws <see cref="InvalidDataException"/>.
    /// </summary>
    public static List<GoldenCase> Load(string directory)
    {
        var expectedPath = Path.Combine(directory, ExpectedFile);
        var expected = new Dictionary<string, Core.Domain.ExtractedPosting>(StringComparer.Ordinal);
        var line = 0;
        foreach (var text in File.ReadLines(expectedPath))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            Core.Domain.ExtractedPosting record;
            try
            {
                record = ExpectedRecordReader.Parse(text);
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
            {
                throw new InvalidDataException($"{expectedPath}:{line}: {e.Message}", e);
            }
            if (!expected.TryAdd(record.Id, record))
            {
                throw new InvalidDataException($"{expectedPath}:{line}: duplicate id {record.Id}.");
            }
        }
        var cases = new List<GoldenCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in PostingReaders.ReadFile(Path.Combine(directory, PostingsFile), InputFormat.Jsonl))
        {
            if (record is RejectedRecord reject)
            {
                throw new InvalidDataException($"{reject.Position}: {reject.Reason}");
            }
            var posting = ((ReadPosting)record).Posting;
            if (!seen.Add(posting.Id))
            {
                throw new InvalidDataException($"{record.File}:{record.Line}: duplicate id {posting.Id}.");
            }
            cases.Add(new GoldenCase(posting, expected.TryGetValue(posting.Id, out var e)
                ? e
                : throw new InvalidDataException($"{posting.Id} has no expected record in {ExpectedFile}.")));
        }
        var orphans = expected.Keys.Where(id => !seen.Contains(id)).ToList();
        if (orphans.Count > 0)
        {
            throw new InvalidDataException($"{ExpectedFile} has records with no posting: {string.Join(", ", orphans)}.");
        }
        return cases;
    }
}
