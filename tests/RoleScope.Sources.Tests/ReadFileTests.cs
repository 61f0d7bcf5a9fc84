using System.Text;

namespace RoleScope.Sources.Tests;

public sealed class ReadFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rolescope-sources-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_missing_file_throws_a_clear_file_not_found()
    {
        var path = Path.Combine(_directory, "nope.jsonl");

        var error = Assert.Throws<FileNotFoundException>(() => PostingReaders.ReadFile(path));

        Assert.Equal($"input file not found: {path}", error.Message);
        Assert.Equal(path, error.FileName);
    }

    [Fact]
    public void A_directory_is_not_a_file() =>
        Assert.Contains("is a directory", Assert.Throws<FileNotFoundException>(() => PostingReaders.ReadFile(_directory)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_csv_extension_decides_and_a_utf8_bom_is_dropped()
    {
        var path = Path.Combine(_directory, "jobs.csv");
        File.WriteAllText(path, "title,description\nDéveloppeur,x\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var read = PostingReaders.ReadFile(path).SinglePosting();

        Assert.Equal(("Développeur", path, 2), (read.Posting.Title, read.File, read.Line));
    }

    [Fact]
    public void Reads_each_file_by_its_own_content()
    {
        var canonical = Path.Combine(_directory, "a.jsonl");
        var hn = Path.Combine(_directory, "b.json");
        File.WriteAllText(canonical, "{\"id\": \"a\", \"title\": \"Dev\"}\n{\"id\": \"b\", \"title\": \"QA\"}\n");
        File.WriteAllText(hn, "{\"jobs\": [\n{\"id\": 1, \"by\": \"x\", \"text\": \"One\"}\n]}\n");

        var records = PostingReaders.ReadFile(canonical).Concat(PostingReaders.ReadFile(hn)).ToList();

        Assert.Empty(records.Rejects());
        Assert.Equal([("jsonl", "a", 1), ("jsonl", "b", 2), ("hn", "1", 2)], records.Postings().Select(r => (r.Posting.Source, r.Posting.Id, r.Line)));
    }

    [Fact]
    public void Enumerating_twice_reads_the_file_twice()
    {
        var path = Path.Combine(_directory, "a.jsonl");
        File.WriteAllText(path, "{\"id\": \"a\", \"title\": \"Dev\"}\n");
        var records = PostingReaders.ReadFile(path, InputFormat.Jsonl);

        Assert.Equal(records.Count(), records.Count());
    }
}
