namespace RoleScope.Sources.Tests;

/// <summary>Reads inline samples through the public entry point, as the CLI reads standard input.</summary>
internal static class TestReading
{
    public static List<SourceRecord> Read(string text, InputFormat format = InputFormat.Auto, string name = "input") =>
        [.. PostingReaders.Read(new StringReader(text), name, format)];

    public static List<ReadPosting> Postings(this IEnumerable<SourceRecord> records) => [.. records.OfType<ReadPosting>()];

    public static List<RejectedRecord> Rejects(this IEnumerable<SourceRecord> records) => [.. records.OfType<RejectedRecord>()];

    public static RejectedRecord SingleReject(this IEnumerable<SourceRecord> records) => Assert.Single(records.Rejects());

    public static ReadPosting SinglePosting(this IEnumerable<SourceRecord> records)
    {
        var list = records.ToList();
        Assert.Empty(list.Rejects());
        return Assert.Single(list.Postings());
    }
}
