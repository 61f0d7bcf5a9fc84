using System.CommandLine;
using System.Globalization;
using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;

namespace RoleScope.Cli.Commands;

/// <summary>Options shared by several commands, with their defaults.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "rolescope.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file (created when missing), or a PostgreSQL URL / connection string (postgresql://user@host/db, Host=...)",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("ROLESCOPE_DB") is { Length: > 0 } env ? env : DefaultDatabase,
        HelpName = "PATH",
    };

    public static Option<bool> Json() => new("--json") { Description = "Print the result as one JSON object" };

    public static RoleFamily ParseFamily(string? value)
    {
        if (Vocabulary.TryParseFamily(value, out var family))
        {
            return family;
        }
        var names = string.Join(", ", Enum.GetValues<RoleFamily>().Select(f => f.Name()));
        throw new CliException($"unknown role family '{value}'. Known families: {names}.");
    }

    public static DateOnly? ParseDate(string? value, string option) =>
        value is null ? null
        : DateOnly.TryParseExact(value, ["yyyy-MM-dd", "yyyy-MM"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new CliException($"{option} expects a date such as 2026-06-01, got '{value}'.");
}

/// <summary>The slice and figure options of profile and compare.</summary>
internal sealed class AnalysisOptionSet
{
    public Option<string> Country { get; } = new("--country") { Description = "Country whose salaries are compared (ISO code)", DefaultValueFactory = _ => "US", HelpName = "CODE" };
    public Option<int> Top { get; } = new("--top") { Description = "Number of top skills (K)", DefaultValueFactory = _ => 30 };
    public Option<int> MinN { get; } = new("--min-n") { Description = "Below this many postings a figure is 'too few postings'", DefaultValueFactory = _ => 30 };
    public Option<string?> Since { get; } = new("--since") { Description = "Only postings posted on or after this date", HelpName = "DATE" };
    public Option<string?> Until { get; } = new("--until") { Description = "Only postings posted on or before this date", HelpName = "DATE" };
    public Option<string[]> Source { get; } = new("--source") { Description = "Only postings from these sources (hn, csv, jsonl, synthetic, ...)", AllowMultipleArgumentsPerToken = true };
    public Option<string[]> In { get; } = new("--in") { Description = "Only postings naming one of these countries (ISO codes)", AllowMultipleArgumentsPerToken = true, HelpName = "CODE" };

    public void AddTo(Command command)
    {
        command.Add(Country);
        command.Add(Top);
        command.Add(MinN);
        command.Add(Since);
        command.Add(Until);
        command.Add(Source);
        command.Add(In);
    }

    public AnalysisOptions Options(ParseResult r)
    {
        var top = r.GetValue(Top);
        var minN = r.GetValue(MinN);
        if (top < 1)
        {
            throw new CliException("--top must be at least 1.");
        }
        if (minN < 1)
        {
            throw new CliException("--min-n must be at least 1.");
        }
        return new AnalysisOptions { SalaryCountry = (r.GetValue(Country) ?? "US").ToUpperInvariant(), TopK = top, MinN = minN };
    }

    public MarketSlice Slice(ParseResult r)
    {
        var sources = r.GetValue(Source) ?? [];
        var countries = r.GetValue(In) ?? [];
        return new MarketSlice
        {
            From = CommonOptions.ParseDate(r.GetValue(Since), "--since"),
            To = CommonOptions.ParseDate(r.GetValue(Until), "--until"),
            Sources = sources.Length == 0 ? null : sources.ToHashSet(StringComparer.OrdinalIgnoreCase),
            Countries = countries.Length == 0 ? null : countries.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }
}
