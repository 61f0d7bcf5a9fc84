namespace RoleScope.Sources.Tests;

public sealed class FormatDetectionTests
{
    [Theory]
    [InlineData("jobs.csv", """{"id": "a", "title": "t"}""", InputFormat.Csv)]
    [InlineData("JOBS.CSV", "", InputFormat.Csv)]
    [InlineData("-", "title,description\nDev,x\n", InputFormat.Csv)]
    [InlineData("jobs.txt", "\uFEFF\n\n  position,salary_lower\n", InputFormat.Csv)]
    [InlineData("a.jsonl", """{"id": "gh-1", "title": "Dev", "description": "x"}""", InputFormat.Jsonl)]
    [InlineData("a.jsonl", """{"id": "gh-1", "title": "Dev"}""", InputFormat.Jsonl)]
    [InlineData("a.jsonl", "", InputFormat.Jsonl)]
    [InlineData("a.jsonl", "\n  \r\n", InputFormat.Jsonl)]
    [InlineData("items.jsonl", """{"id": 1, "by": "a", "text": "x"}""", InputFormat.Hn)]
    [InlineData("items.jsonl", """{"id": 1, "type": "comment", "time": 5}""", InputFormat.Hn)]
    [InlineData("items.jsonl", """{"id": 1, "text": "x"}""", InputFormat.Hn)]
    [InlineData("2023_01.jsonl", """{"hn_id": 34220983, "hn_text": "x", "model_output": {"description": "y"}}""", InputFormat.Hn)]
    [InlineData("-", """[{"id": 1, "by": "a", "text": "x"}]""", InputFormat.Hn)]
    [InlineData("-", "[\n  {\n    \"id\": 1,\n    \"title\": \"Dev\",\n    \"description\": \"x\"\n  }\n]", InputFormat.Jsonl)]
    [InlineData("-", "[]", InputFormat.Hn)]
    [InlineData("-", """{"hits": [{"id": 1, "by": "a", "text": "x"}], "page": 0}""", InputFormat.Hn)]
    [InlineData("-", "{\n  \"page\": 0,\n  \"jobs\": [\n    {\"id\": 1, \"by\": \"a\", \"text\": \"x\"}\n  ]\n}", InputFormat.Hn)]
    [InlineData("-", "{\n  \"id\": 1,\n  \"description\": \"a pretty-printed posting\"\n}", InputFormat.Jsonl)]
    [InlineData("-", "{\"id\": 1, \"title\": broken\n{\"id\": 2, \"by\": \"a\", \"text\": \"x\"}\n", InputFormat.Hn)]
    [InlineData("-", "{\"id\": 1, \"title\": broken\n{\"id\": 2, \"description\": \"x\"}\n", InputFormat.Jsonl)]
    public void Detects_the_format_from_the_name_and_the_first_content(string path, string head, InputFormat expected)
    {
        Assert.Equal(expected, PostingReaders.Detect(path, head));
    }

    [Fact]
    public void A_first_line_longer_than_the_head_is_still_one_record_a_line()
    {
        var head = "{\"id\": 1, \"by\": \"a\", \"text\": \"" + new string('x', InputLimits.DetectionHeadChars);

        Assert.Equal(InputFormat.Hn, PostingReaders.Detect("-", head));
    }

    [Fact]
    public void Auto_reads_each_shape_from_standard_input()
    {
        Assert.Equal("csv", TestReading.Read("title,description\nDev,x\n", name: "-").SinglePosting().Posting.Source);
        Assert.Equal("jsonl", TestReading.Read("""{"id": "a", "description": "x"}""", name: "-").SinglePosting().Posting.Source);
        Assert.Equal("hn", TestReading.Read("""[{"id": 1, "by": "a", "text": "x"}]""", name: "-").SinglePosting().Posting.Source);
        var row = TestReading.Read("\n\n" + """{"hn_id": 1, "hn_text": "x"}""", name: "-").SinglePosting();
        Assert.Equal(("hn", 3), (row.Posting.Source, row.Line));
    }

    [Fact]
    public void An_explicit_format_overrides_detection()
    {
        var records = TestReading.Read("""{"id": "a", "description": "x"}""", InputFormat.Hn);

        Assert.Equal("id is not an item id (a positive whole number)", records.SingleReject().Reason);
    }

    [Fact]
    public void A_long_head_of_blank_lines_does_not_hide_the_content()
    {
        var text = new string('\n', InputLimits.DetectionHeadChars + 10) + "title,description\nDev,x\n";

        var read = TestReading.Read(text).SinglePosting();

        Assert.Equal(("csv", InputLimits.DetectionHeadChars + 12), (read.Posting.Source, read.Line));
    }
}
