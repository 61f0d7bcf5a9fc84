using System.Text;
using System.Text.Json;
using RoleScope.Storage;

namespace RoleScope.Cli.Tests;

/// <summary>
/// Broken input through `rolescope ingest`: each bad record is rejected with file:line and a reason, every good record
/// is stored, and nothing is lost or stored twice.
/// </summary>
public sealed class MalformedInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Each_kind_of_broken_record_is_rejected_with_its_line_and_reason_and_the_rest_is_stored()
    {
        var input = _temp.File("mixed.jsonl");
        var huge = new string('x', 50 * 1024 * 1024);
        using (var file = File.Create(input))
        {
            void Line(string text) => file.Write(Encoding.UTF8.GetBytes(text + "\n"));
            Line(Good("g1"));                                                                      // 1
            Line("""{"id": "b1", "title": "Cut short", "description": "no end""");                 // 2 broken JSON
            Line("""{"id": "b2", "title": ["not", "a", "string"], "description": "x"}""");         // 3 wrong type
            Line("""{"id": {"nested": true}, "description": "y"}""");                             // 4 wrong type (id)
            file.Write(Encoding.UTF8.GetBytes("""{"id": "b4", "description": "caf"""));             // 5 invalid UTF-8
            file.Write([0xC3, 0x28, 0xFF]);
            Line("\"}");
            Line("""{"id": "b5", "description": "nul \u0000 inside"}""");                         // 6 NUL
            Line("""{"id": "b6", "description": "lone \ud800 surrogate"}""");                      // 7 lone surrogate
            Line("{\"id\": \"b7\", \"title\": \"Huge\", \"description\": \"" + huge + "\"}");   // 8 50 MB description
            Line(Good("g2"));                                                                      // 9
        }
        var empty = _temp.File("empty.jsonl");
        await File.WriteAllBytesAsync(empty, [], TestContext.Current.CancellationToken);
        var binary = _temp.File("blob.jsonl");
        var bytes = new byte[64 * 1024];
        new Random(5).NextBytes(bytes);
        await File.WriteAllBytesAsync(binary, bytes, TestContext.Current.CancellationToken);
        var db = _temp.File("m.db");
        var rejectsPath = _temp.File("rejects.jsonl");

        var run = await CliRun.Of("ingest", input, empty, binary, "--db", db, "--json", "--rejects", rejectsPath);

        Assert.True(run.ExitCode == 0, run.Error);
        var rejects = File.ReadAllLines(rejectsPath).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var fromMixed = rejects.Where(r => r.GetProperty("file").GetString() == input)
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("reason").GetString()!);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8], fromMixed.Keys.Order());
        Assert.Contains("JSON", fromMixed[2], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("title", fromMixed[3], StringComparison.Ordinal);
        Assert.Contains("id", fromMixed[4], StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8", fromMixed[5], StringComparison.Ordinal);
        Assert.Contains("NUL", fromMixed[6], StringComparison.Ordinal);
        Assert.Contains("surrogate", fromMixed[7], StringComparison.Ordinal);
        Assert.Contains("longer than", fromMixed[8], StringComparison.Ordinal);
        Assert.All(rejects, r => Assert.EndsWith(":" + r.GetProperty("line").GetInt32(), r.GetProperty("position").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain(rejects, r => r.GetProperty("file").GetString() == empty);
        var fromBinary = rejects.Where(r => r.GetProperty("file").GetString() == binary).ToList();
        Assert.NotEmpty(fromBinary);
        Assert.All(fromBinary, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString())));
        var summary = run.Json();
        Assert.Equal(2, summary.GetProperty("stored").GetInt32());
        Assert.Equal(rejects.Count, summary.GetProperty("rejected").GetInt32());
        using var store = PostingStores.Open(db);
        Assert.Equal(2, store.Count());
        Assert.NotNull(store.Find("jsonl", "g1"));
        Assert.NotNull(store.Find("jsonl", "g2"));
    }

    [Fact]
    public async Task Ten_thousand_randomly_corrupted_records_are_each_stored_or_rejected_once()
    {
        const int records = 10_000;
        var random = new Random(20260601);
        var input = _temp.File("fuzz.jsonl");
        var corrupted = 0;
        using (var file = File.Create(input))
        {
            for (var i = 0; i < records; i++)
            {
                var line = Encoding.UTF8.GetBytes(Good($"f{i}", $"Engineer {i}", $"Posting {i}: Go, SQL and Kubernetes, remote in Canada. Salary {50 + i % 90}k USD."));
                if (random.Next(10) < 4)
                {
                    line = Corrupt(line, random);
                    corrupted++;
                }
                file.Write(line);
                file.WriteByte((byte)'\n');
            }
        }
        var db = _temp.File("fuzz.db");
        var rejectsPath = _temp.File("fuzz.rejects.jsonl");

        var run = await CliRun.Of("ingest", input, "--db", db, "--json", "--rejects", rejectsPath);

        Assert.True(run.ExitCode == 0, run.Error);
        var summary = run.Json();
        var rejects = File.Exists(rejectsPath) ? File.ReadAllLines(rejectsPath).Select(l => JsonDocument.Parse(l).RootElement).ToList() : [];
        var rejectedLines = rejects.Select(r => r.GetProperty("line").GetInt32()).ToList();
        Assert.Equal(rejectedLines.Count, rejectedLines.Distinct().Count());
        Assert.All(rejectedLines, line => Assert.InRange(line, 1, records));
        Assert.All(rejects, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString())));
        Assert.InRange(rejects.Count, 1, corrupted);

        // Every line not rejected is a posting whose identity the store holds: read it back independently of the readers.
        var lines = File.ReadAllLines(input, new UTF8Encoding(false, throwOnInvalidBytes: false));
        var rejected = rejectedLines.ToHashSet();
        var expected = new HashSet<(string, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!rejected.Contains(i + 1))
            {
                var element = JsonDocument.Parse(lines[i]).RootElement;
                var source = element.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "jsonl";
                expected.Add((source, IdText(element.GetProperty("id"))));
            }
        }
        using var store = PostingStores.Open(db);
        Assert.Equal(records, summary.GetProperty("read").GetInt32());
        Assert.Equal(records, summary.GetProperty("stored").GetInt32() + summary.GetProperty("duplicates").GetInt32() + rejects.Count);
        Assert.Equal(expected.Count, store.Count());
        Assert.All(expected, key => Assert.NotNull(store.Find(key.Item1, key.Item2)));
    }

    private static string Good(string id, string title = "Backend Engineer", string description = "Go and PostgreSQL, remote in the US.") =>
        JsonSerializer.Serialize(new { id, title, company = "Acme", description });

    private static string IdText(JsonElement id) => id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();

    /// <summary>One of the damages real files show: a changed or dropped byte, a cut line, bytes that are not UTF-8, a value of the wrong type, a NUL.</summary>
    private static byte[] Corrupt(byte[] line, Random random)
    {
        var text = Encoding.UTF8.GetString(line);
        switch (random.Next(7))
        {
            case 0:
                {
                    var copy = (byte[])line.Clone();
                    byte value;
                    do
                    {
                        value = (byte)random.Next(256);
                    }
                    while (value is (byte)'\n' or (byte)'\r');
                    copy[random.Next(copy.Length)] = value;
                    return copy;
                }
            case 1:
                // At least one byte stays: a line cut to nothing is a blank line, which holds no record to account for.
                return line[..random.Next(1, line.Length)];
            case 2:
                {
                    var at = random.Next(line.Length);
                    return [.. line[..at], 0xC3, 0x28, .. line[at..]];
                }
            case 3:
                return Encoding.UTF8.GetBytes(text.Replace("\"title\":", "\"title\":" + (random.Next(2) == 0 ? "42," : "{\"x\":1},") + "\"t2\":", StringComparison.Ordinal));
            case 4:
                return Encoding.UTF8.GetBytes(text.Replace("Posting", random.Next(2) == 0 ? "\\u0000" : "\\udc00", StringComparison.Ordinal));
            case 5:
                {
                    var at = random.Next(line.Length);
                    return [.. line[..at], .. line[(at + 1)..]];
                }
            default:
                return Encoding.UTF8.GetBytes(text.Replace("\"description\"", random.Next(2) == 0 ? "\"description\":[],\"d\"" : "\"id\":null,\"d\"", StringComparison.Ordinal));
        }
    }
}
