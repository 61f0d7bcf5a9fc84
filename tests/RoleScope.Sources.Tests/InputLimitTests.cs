namespace RoleScope.Sources.Tests;

public sealed class InputLimitTests
{
    private static readonly string Huge = new('x', InputLimits.MaxRecordChars + 1);

    [Fact]
    public void A_json_line_over_the_limit_is_rejected_with_its_start_and_the_next_line_is_read()
    {
        var text = "{\"id\": \"a\", \"description\": \"" + Huge + "\"}\n{\"id\": \"b\", \"title\": \"Dev\"}\n";

        var records = TestReading.Read(text, InputFormat.Jsonl);

        var reject = records.SingleReject();
        Assert.Equal((1, $"record longer than {InputLimits.MaxRecordChars} characters"), (reject.Line, reject.Reason));
        Assert.Equal(InputLimits.MaxRejectTextChars, reject.Text!.Length);
        Assert.StartsWith("{\"id\": \"a\"", reject.Text, StringComparison.Ordinal);
        var posting = Assert.Single(records.Postings());
        Assert.Equal(("b", 2), (posting.Posting.Id, posting.Line));
    }

    [Fact]
    public void A_csv_record_over_the_limit_is_rejected_and_the_next_record_is_read()
    {
        var text = "id,title,description\n1,Dev,\"" + Huge + "\nstill quoted\"\n2,QA,ok\n";

        var records = TestReading.Read(text, InputFormat.Csv);

        var reject = records.SingleReject();
        Assert.Equal((2, $"record longer than {InputLimits.MaxRecordChars} characters"), (reject.Line, reject.Reason));
        Assert.True(reject.Text!.Length <= InputLimits.MaxRejectTextChars);
        var posting = Assert.Single(records.Postings());
        Assert.Equal(("2", 4), (posting.Posting.Id, posting.Line));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_invalid_json()
    {
        var deep = new string('[', InputLimits.MaxJsonDepth + 1) + new string(']', InputLimits.MaxJsonDepth + 1);
        var text = "{\"id\": \"a\", \"title\": \"t\", \"x\": " + deep + "}\n";

        var reject = TestReading.Read(text, InputFormat.Jsonl).SingleReject();

        Assert.StartsWith("invalid JSON: ", reject.Reason, StringComparison.Ordinal);
        Assert.Contains("depth", reject.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_long_rejected_record_keeps_only_the_start_of_its_text()
    {
        var text = "{\"id\": \"a\", \"title\": 5, \"pad\": \"" + new string('y', 10_000) + "\"}";

        var reject = TestReading.Read(text, InputFormat.Jsonl).SingleReject();

        Assert.Equal(text[..InputLimits.MaxRejectTextChars], reject.Text);
    }
}
