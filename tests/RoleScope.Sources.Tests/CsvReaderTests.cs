using System.Security.Cryptography;
using System.Text;
using RoleScope.Core.Domain;

namespace RoleScope.Sources.Tests;

public sealed class CsvReaderTests
{
    [Fact]
    public void Matches_columns_by_name_despite_bom_case_and_spacing()
    {
        const string text = "\uFEFF Position , EMPLOYER,City,Description ,Job-ID,Link,Created At,Salary Lower,salary_upper,Currency,Period,Seniority,main_category\n"
            + "Backend Developer,Acme,Warsaw,Build APIs,j-1,https://x.example/1,2022-08-01,6000,\"11,000\",pln,month,Mid,Backend\n";

        var p = TestReading.Read(text, InputFormat.Csv).SinglePosting().Posting;

        Assert.Equal("j-1", p.Id);
        Assert.Equal("csv", p.Source);
        Assert.Equal("Backend Developer", p.Title);
        Assert.Equal("Acme", p.Company);
        Assert.Equal("Warsaw", p.Location);
        Assert.Equal("Build APIs", p.Description);
        Assert.Equal("https://x.example/1", p.Url);
        Assert.Equal(new DateOnly(2022, 8, 1), p.PostedAt);
        Assert.Equal(new StatedSalary(6000m, 11000m, "PLN", PayPeriod.Month), p.Salary);
        Assert.Equal(
            [("main_category", "Backend"), ("seniority", "Mid")],
            Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(p.Labels).OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => (l.Key, l.Value)));
    }

    [Theory]
    [InlineData("title", "name")]
    [InlineData("position", "job_title")]
    [InlineData("job_title", "name")]
    [InlineData("name", "other")]
    public void The_first_title_alias_present_wins_and_the_other_is_a_label(string titleColumn, string otherColumn)
    {
        var text = $"{otherColumn},{titleColumn},text\nB,A,desc\n";

        var p = TestReading.Read(text, InputFormat.Csv).SinglePosting().Posting;

        Assert.Equal("A", p.Title);
        Assert.Equal("desc", p.Description);
        Assert.Equal("B", Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(p.Labels)[otherColumn]);
    }

    [Fact]
    public void Quoted_commas_quotes_and_newlines_keep_the_line_where_each_record_starts()
    {
        const string text = "id,title,description\n"
            + "1,\"Engineer, Backend\",\"Line one\nLine two\n\"\"quoted\"\"\"\n"
            + "2,QA,\"a\r\nb\"\r\n"
            + "\n"
            + "3,Designer,plain\n";

        var records = TestReading.Read(text, InputFormat.Csv);

        Assert.Empty(records.Rejects());
        var postings = records.Postings();
        Assert.Equal([("1", 2), ("2", 5), ("3", 8)], postings.Select(r => (r.Posting.Id, r.Line)));
        Assert.Equal("Engineer, Backend", postings[0].Posting.Title);
        Assert.Equal("Line one\nLine two\n\"quoted\"", postings[0].Posting.Description);
        Assert.Equal("a\r\nb", postings[1].Posting.Description);
    }

    [Fact]
    public void Without_an_id_column_the_id_is_a_hash_of_the_row()
    {
        const string text = "title,description\nDev,\"Go, Rust\"\nDev,\"Go, Rust\"\nDev,Go\n";

        var postings = TestReading.Read(text, InputFormat.Csv).Postings();

        var expected = "csv-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("Dev\u001fGo, Rust")))[..16];
        Assert.Equal(expected, postings[0].Posting.Id);
        Assert.Equal(postings[0].Posting.Id, postings[1].Posting.Id);
        Assert.NotEqual(postings[0].Posting.Id, postings[2].Posting.Id);
        Assert.Equal(postings.Select(p => p.Posting.Id), TestReading.Read(text, InputFormat.Csv).Postings().Select(p => p.Posting.Id));
    }

    [Fact]
    public void A_source_column_sets_the_source()
    {
        var postings = TestReading.Read("source,title\nnofluffjobs,Dev\n,QA\n", InputFormat.Csv).Postings();

        Assert.Equal(["nofluffjobs", "csv"], postings.Select(p => p.Posting.Source));
    }

    [Fact]
    public void A_row_with_a_wrong_field_count_is_rejected_and_the_rest_goes_on()
    {
        const string text = "id,title,description\n1,Dev,ok\n2,QA\n3,Ops,ok,extra\n4,SRE,ok\n";

        var records = TestReading.Read(text, InputFormat.Csv, name: "jobs.csv");

        Assert.Equal(["1", "4"], records.Postings().Select(p => p.Posting.Id));
        Assert.Equal(
            [("jobs.csv:3", "expected 3 fields, found 2", "2,QA"), ("jobs.csv:4", "expected 3 fields, found 4", "3,Ops,ok,extra")],
            records.Rejects().Select(r => (r.Position, r.Reason, r.Text)));
    }

    [Fact]
    public void An_unterminated_quote_is_rejected_and_the_lines_it_swallowed_are_read_again()
    {
        const string text = "id,title,description\n1,Dev,ok\n2,QA,\"never closed\n3,Ops,ok\n4,SRE,ok\n";

        var records = TestReading.Read(text, InputFormat.Csv);

        var reject = records.SingleReject();
        Assert.Equal((3, "unterminated quoted field", "2,QA,\"never closed"), (reject.Line, reject.Reason, reject.Text));
        Assert.Equal([("1", 2), ("3", 4), ("4", 5)], records.Postings().Select(p => (p.Posting.Id, p.Line)));
    }

    [Theory]
    [InlineData("id,title,salary_min\n1,Dev,lots\n", "salary_min is not a number")]
    [InlineData("id,title,max_salary\n1,Dev,12k\n", "max_salary is not a number")]
    [InlineData("id,title,period\n1,Dev,fortnight\n", "period is not one of hour, day, week, month, year")]
    [InlineData("id,title,date\n1,Dev,08/01/2022\n", "date is not an ISO date or date-time")]
    [InlineData("id,title,description\n,Dev,x\n", "missing id")]
    [InlineData("id,title,description\n1, ,\n", "missing description and title")]
    public void Bad_values_are_rejected_naming_their_column(string text, string reason)
    {
        var reject = TestReading.Read(text, InputFormat.Csv).SingleReject();

        Assert.Equal((2, reason), (reject.Line, reject.Reason));
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_text()
    {
        var p = TestReading.Read("title,description\n19\" monitor tester,says \"hi\"\n", InputFormat.Csv).SinglePosting().Posting;

        Assert.Equal("19\" monitor tester", p.Title);
        Assert.Equal("says \"hi\"", p.Description);
    }

    [Fact]
    public void A_header_only_file_has_no_records() => Assert.Empty(TestReading.Read("title,description\n", InputFormat.Csv));

    /// <summary>Random rows written by an RFC 4180 writer must come back field for field, each at the line where it was written.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_rows_round_trip_with_their_start_lines(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("id,title,description,note\r\n");
        var line = 2;
        var expected = new List<(string Id, int Line, string Title, string Description, string Note)>();
        for (var i = 0; i < 300; i++)
        {
            var row = (Id: $"r{i}", Line: line, Title: RandomText(random, allowBreaks: false).Trim(), Description: RandomText(random, allowBreaks: true), Note: RandomText(random, allowBreaks: true).Trim());
            if (row.Title.Length == 0)
            {
                row.Title = "t";
            }
            var fields = new[] { row.Id, row.Title, row.Description, row.Note };
            text.Append(string.Join(',', fields.Select(Quote))).Append(random.Next(2) == 0 ? "\n" : "\r\n");
            line += 1 + fields.Sum(f => f.Count(c => c == '\n'));
            expected.Add(row);
        }

        var postings = TestReading.Read(text.ToString(), InputFormat.Csv).Postings();

        Assert.Equal(expected.Count, postings.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (id, start, title, description, note) = expected[i];
            var p = postings[i];
            Assert.Equal((id, start, title), (p.Posting.Id, p.Line, p.Posting.Title));
            Assert.Equal(string.IsNullOrWhiteSpace(description) ? "" : description, p.Posting.Description);
            Assert.Equal(note.Length == 0 ? null : note, p.Posting.Labels?.GetValueOrDefault("note"));
        }
    }

    private static string RandomText(Random random, bool allowBreaks)
    {
        const string plain = "abc xyz,\"";
        var text = new StringBuilder();
        var length = random.Next(0, 12);
        for (var i = 0; i < length; i++)
        {
            var roll = random.Next(10);
            text.Append(allowBreaks && roll == 0 ? "\n" : allowBreaks && roll == 1 ? "\r\n" : plain[random.Next(plain.Length)].ToString());
        }
        return text.ToString();
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field.Length == 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
