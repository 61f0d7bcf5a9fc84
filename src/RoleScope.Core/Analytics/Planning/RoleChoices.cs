using System.Globalization;
using RoleScope.Core.Domain;
using RoleScope.Core.Knowledge;

namespace RoleScope.Core.Analytics.Planning;

/// <summary>The "which should you choose" tables of role-choices.json, and their reasons with today's figures.</summary>
public sealed class RoleChoices
{
    private static readonly Lazy<RoleChoices> Loaded = new(() => From(KnowledgeResources.Load<ChoicesFile>("role-choices.json")));
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;
    private readonly IReadOnlyList<ChoicePair> _pairs;

    private RoleChoices(KnowledgeAbout about, IReadOnlyList<ChoicePair> pairs)
    {
        About = about;
        _pairs = pairs;
    }

    public static RoleChoices Default => Loaded.Value;

    public KnowledgeAbout About { get; }

    /// <summary>The reasons for <paramref name="a"/> and for <paramref name="b"/>, with the figures of both, or null when the data has no such pair.</summary>
    public RoleChoiceView? View(MarketAnalyzer analyzer, RoleFamily a, RoleFamily b)
    {
        foreach (var pair in _pairs)
        {
            if ((pair.A, pair.B) == (a, b) || (pair.A, pair.B) == (b, a))
            {
                var pa = analyzer.Profile(a);
                var pb = analyzer.Profile(b);
                var forA = pair.A == a ? pair.ChooseA : pair.ChooseB;
                var forB = pair.A == a ? pair.ChooseB : pair.ChooseA;
                ChoiceLine Line(ChoiceReason r) => new(r.Text, r.Claim, r.Figure,
                    r.Figure is null ? null : FigureText(pa, r.Figure), r.Figure is null ? null : FigureText(pb, r.Figure));
                return new RoleChoiceView(a, b, About.Source ?? "", About.Date ?? "", [.. forA.Select(Line)], [.. forB.Select(Line)]);
            }
        }
        return null;
    }

    /// <summary>One figure of a profile as text with its n and interval, or "too few postings".</summary>
    public static string FigureText(FamilyProfile p, string key)
    {
        var (name, arg) = key.IndexOf(':', StringComparison.Ordinal) is var i and >= 0 ? (key[..i], key[(i + 1)..]) : (key, "");
        return name switch
        {
            "median_salary" => p.Salary.Median is { } m
                ? string.Format(En, "{0} (n={1:N0}; 95% CI {2} to {3})", KeyFindings.Money(m.Value), p.Salary.N, KeyFindings.Money(m.Low), KeyFindings.Money(m.High))
                : string.Format(En, "too few postings (n={0:N0})", p.Salary.N),
            "senior_staff_share" => KeyFindings.Share(p.SeniorStaffShare),
            "entry_share" => KeyFindings.Share(p.EntryShare, true),
            "remote_share" => KeyFindings.Share(p.WorkModeMix[WorkMode.Remote]),
            "seniority_share" => Vocabulary.TryParseSeniority(arg, out var s) && p.SeniorityMix.TryGetValue(s, out var share) ? KeyFindings.Share(share) : Unknown(key),
            "country_share" => p.Countries.FirstOrDefault(c => c.Country == arg) is { } c ? KeyFindings.Share(c.Share, true) : "not among the top 10 countries",
            "skill_share" => p.TopSkills.FirstOrDefault(t => t.Skill == arg) is { } t ? KeyFindings.Share(t.Share) : "not among the top skills",
            "category_premium_relative" => p.CategoryPremiums.FirstOrDefault(x => x.Skill == arg) is { } x ? KeyFindings.Premium(x) : "too few salaried postings",
            _ => Unknown(key),
        };
    }

    internal static bool IsKnownFigure(string key)
    {
        var name = key.Split(':')[0];
        return name is "median_salary" or "senior_staff_share" or "entry_share" or "remote_share" or "seniority_share" or "country_share" or "skill_share" or "category_premium_relative";
    }

    private static string Unknown(string key) => throw new InvalidDataException($"role-choices.json: unknown figure '{key}'.");

    private static RoleChoices From(ChoicesFile file)
    {
        var pairs = new List<ChoicePair>();
        foreach (var p in file.Pairs ?? throw new InvalidDataException("role-choices.json has no 'pairs' list."))
        {
            if (!Vocabulary.TryParseFamily(p.A, out var a) || !Vocabulary.TryParseFamily(p.B, out var b))
            {
                throw new InvalidDataException($"role-choices.json: unknown family in pair '{p.A}'/'{p.B}'.");
            }
            var reasons = (p.ChooseA ?? []).Concat(p.ChooseB ?? []);
            if (reasons.FirstOrDefault(r => string.IsNullOrWhiteSpace(r.Text) || r.Figure is not null && !IsKnownFigure(r.Figure)) is { } bad)
            {
                throw new InvalidDataException($"role-choices.json: pair {p.A}/{p.B} has a reason without text or with an unknown figure ('{bad.Figure}').");
            }
            pairs.Add(new ChoicePair(a, b, p.ChooseA ?? [], p.ChooseB ?? []));
        }
        return new RoleChoices(file.About ?? new KnowledgeAbout(null, null, null, null, null), pairs);
    }

    internal sealed record ChoicesFile(KnowledgeAbout? About, IReadOnlyList<ChoicePairFile>? Pairs);

    internal sealed record ChoicePairFile(string? A, string? B, IReadOnlyList<ChoiceReason>? ChooseA, IReadOnlyList<ChoiceReason>? ChooseB);

    private sealed record ChoicePair(RoleFamily A, RoleFamily B, IReadOnlyList<ChoiceReason> ChooseA, IReadOnlyList<ChoiceReason> ChooseB);
}

/// <summary>One reason of the table: the paraphrase, the article's number, and the RoleScope figure key behind it.</summary>
public sealed record ChoiceReason(string Text, string? Figure, string? Claim);

/// <summary>The table for (A, B): reasons to choose A and reasons to choose B, each with today's figure in both families.</summary>
public sealed record RoleChoiceView(RoleFamily A, RoleFamily B, string Source, string Date, IReadOnlyList<ChoiceLine> ForA, IReadOnlyList<ChoiceLine> ForB);

public sealed record ChoiceLine(string Text, string? Claim, string? Figure, string? InA, string? InB);
