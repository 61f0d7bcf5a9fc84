using System.CommandLine;
using RoleScope.Cli.Rendering;
using RoleScope.Core.Analytics;
using RoleScope.Core.Analytics.Index;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Storage;

namespace RoleScope.Cli.Commands;

/// <summary>Opens the store for the analytics commands: a missing or empty database is a clear error, never an empty report.</summary>
internal static class AnalysisSource
{
    public static MarketAnalyzer Open(string dbPath, AnalysisOptions options, MarketSlice slice)
    {
        var analyzer = new MarketAnalyzer(Index(dbPath), ExtractionPipeline.Default.Knowledge.Skills, options, slice);
        if (analyzer.SlicePostings == 0)
        {
            throw new CliException($"no postings in {PostingStores.Describe(dbPath)} match the slice ({slice.Describe()}).");
        }
        return analyzer;
    }

    /// <summary>The market index of every stored posting, built once at start-up of the command.</summary>
    public static MarketIndex Index(string dbPath)
    {
        if (!PostingStores.IsServer(dbPath) && !File.Exists(dbPath))
        {
            throw new CliException($"no database at {dbPath}. Run 'rolescope ingest FILE...' or 'rolescope demo' first, or pass --db PATH.");
        }
        using var store = StoreOption.Open(dbPath);
        var count = store.Count();
        if (count == 0)
        {
            throw new CliException($"{PostingStores.Describe(dbPath)} holds no postings yet. Run 'rolescope ingest FILE...' first.");
        }
        return MarketIndex.Build(store.ReadAll(), (int)Math.Min(count, int.MaxValue));
    }

    public static Provenance Provenance(string dbPath, MarketAnalyzer analyzer, string? notice = null) =>
        new(PostingStores.Describe(dbPath), $"{analyzer.SlicePostings:N0} postings ({analyzer.Slice.Describe()})", ExtractionPipeline.Default.Knowledge.Rates.Date, ExtractionPipeline.Version, notice);
}

/// <summary>The slice filters beyond date, country and source: work mode, seniority and skills.</summary>
internal sealed class SliceFilterOptions
{
    public Option<string[]> WorkMode { get; } = new("--work-mode") { Description = "Only postings with one of these work modes (remote, hybrid, onsite)", AllowMultipleArgumentsPerToken = true, HelpName = "MODE" };
    public Option<string[]> Seniority { get; } = new("--seniority") { Description = "Only roles of these seniorities (intern, entry, mid, senior, staff, principal)", AllowMultipleArgumentsPerToken = true, HelpName = "LEVEL" };
    public Option<string[]> Skill { get; } = new("--skill") { Description = "Only postings naming every one of these skills (canonical names, e.g. Kafka)", AllowMultipleArgumentsPerToken = true, HelpName = "SKILL" };

    public void AddTo(Command command)
    {
        command.Add(WorkMode);
        command.Add(Seniority);
        command.Add(Skill);
    }

    public MarketSlice Apply(ParseResult r, MarketSlice slice)
    {
        var modes = (r.GetValue(WorkMode) ?? []).Select(m => Vocabulary.TryParseWorkMode(m, out var mode) && mode != Core.Domain.WorkMode.Unknown ? mode
            : throw new CliException($"unknown work mode '{m}'. Known: remote, hybrid, onsite.")).ToHashSet();
        var levels = (r.GetValue(Seniority) ?? []).Select(s => Vocabulary.TryParseSeniority(s, out var level) && level != Core.Domain.Seniority.Unknown ? level
            : throw new CliException($"unknown seniority '{s}'. Known: intern, entry, mid, senior, staff, principal.")).ToHashSet();
        var skills = (r.GetValue(Skill) ?? []).Select(CanonicalSkill).ToHashSet(StringComparer.Ordinal);
        return slice with
        {
            WorkModes = modes.Count == 0 ? null : modes,
            Seniorities = levels.Count == 0 ? null : levels,
            Skills = skills.Count == 0 ? null : skills,
        };
    }

    public static string CanonicalSkill(string name) =>
        ExtractionPipeline.Default.Knowledge.Skills.ByName.TryGetValue(name.Trim(), out var entry) ? entry.Name
        : throw new CliException($"unknown skill '{name}'. Skills are the canonical names of skills.json (e.g. Kafka, TypeScript, PostgreSQL).");
}
