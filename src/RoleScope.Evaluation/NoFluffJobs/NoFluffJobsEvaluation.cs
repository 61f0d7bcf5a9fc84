using System.Globalization;
using RoleScope.Core.Domain;
using RoleScope.Sources;

namespace RoleScope.Evaluation.NoFluffJobs;

/// <summary>
/// Family and seniority against the labels employers set on NoFluffJobs (../shared/data/nofluffjobs-2022): the category
/// through <see cref="CategoryMap"/>, the seniority level through <see cref="EmployerSeniority"/>.
/// </summary>
public static class NoFluffJobsEvaluation
{
    public const string DatasetName = "nofluffjobs-2022";
    public const string CategoryLabel = "main_category";
    public const string SeniorityLabel = "seniority";

    public const string FamilyField = "family";
    public const string SeniorityField = "seniority";
    public const string SeniorityBandField = "seniority band";
    public const string FamilyUncontradictedField = "family, title not against label";
    public const string SeniorityUncontradictedField = "seniority, title not against label";

    /// <summary>The per-family row of a family, e.g. "family: backend".</summary>
    public static string FamilyRow(RoleFamily family) => "family: " + family.Name();

    /// <summary>Reads the CSV in place and evaluates every posting it yields; rejected rows are counted in the notes.</summary>
    public static EvaluationReport Run(string csvPath, Func<RawPosting, ExtractedPosting> extract, CategoryMap map)
    {
        var postings = new List<RawPosting>();
        var rejected = 0;
        foreach (var record in PostingReaders.ReadFile(csvPath, InputFormat.Csv))
        {
            if (record is ReadPosting read)
            {
                postings.Add(read.Posting);
            }
            else
            {
                rejected++;
            }
        }
        return Evaluate(postings, extract, map, rejected);
    }

    public static EvaluationReport Evaluate(IEnumerable<RawPosting> postings, Func<RawPosting, ExtractedPosting> extract, CategoryMap map, int rejected = 0)
    {
        var count = new Counts();
        foreach (var posting in postings)
        {
            count.Postings++;
            var extracted = extract(posting);
            // What the title alone says, to tell extraction errors from labels that contradict the employer's own title
            // ("Senior Java Developer" filed as Mid): a ceiling for any extractor that reads the title.
            var titleOnly = extract(posting with { Description = "", Location = null });
            var category = Label(posting, CategoryLabel);
            if (map.TryGetFamily(category, out var gold))
            {
                count.Family(gold, extracted.Family, titleOnly.Family);
            }
            else
            {
                count.Excluded(category ?? "(none)", map.IsListed(category));
            }
            if (EmployerSeniority.TryMap(Label(posting, SeniorityLabel), out var level))
            {
                count.Seniority(level, extracted.Seniority, titleOnly.Seniority);
            }
        }
        return new EvaluationReport(DatasetName, Scores(count), Notes(count, rejected))
        {
            Confusions = [.. count.Confusions
                .OrderByDescending(c => c.Value)
                .ThenBy(c => c.Key.Field, StringComparer.Ordinal)
                .ThenBy(c => c.Key.Expected, StringComparer.Ordinal)
                .ThenBy(c => c.Key.Actual, StringComparer.Ordinal)
                .Select(c => new Confusion(c.Key.Field, c.Key.Expected, c.Key.Actual, c.Value))],
        };
    }

    private static string? Label(RawPosting posting, string name) =>
        posting.Labels is { } labels && labels.TryGetValue(name, out var value) ? value : null;

    private static List<FieldScore> Scores(Counts c)
    {
        var scores = new List<FieldScore> { new(FamilyField, c.FamilyAccuracy.Total) { Accuracy = c.FamilyAccuracy.Rate } };
        foreach (var family in Enum.GetValues<RoleFamily>().Where(c.Gold.ContainsKey))
        {
            var right = c.Right.GetValueOrDefault(family);
            scores.Add(new FieldScore(FamilyRow(family), c.Gold[family])
            {
                Precision = new Tally(right, c.Predicted.GetValueOrDefault(family)).Rate,
                Recall = new Tally(right, c.Gold[family]).Rate,
            });
        }
        scores.Add(new FieldScore(SeniorityField, c.SeniorityAgreement.Total) { Accuracy = c.SeniorityAgreement.Rate, Coverage = c.SeniorityNamed.Rate });
        scores.Add(new FieldScore(SeniorityBandField, c.BandAgreement.Total) { Accuracy = c.BandAgreement.Rate, Coverage = c.SeniorityNamed.Rate });
        scores.Add(new FieldScore(FamilyUncontradictedField, c.FamilyUncontradicted.Total) { Accuracy = c.FamilyUncontradicted.Rate });
        scores.Add(new FieldScore(SeniorityUncontradictedField, c.SeniorityUncontradicted.Total) { Accuracy = c.SeniorityUncontradicted.Rate });
        return scores;
    }

    private static List<string> Notes(Counts c, int rejected)
    {
        var notes = new List<string>
        {
            Invariant($"{c.Postings:N0} postings read, {rejected:N0} rows rejected by the reader."),
            Invariant($"family: {c.FamilyAccuracy.Total:N0} postings in categories that map to a RoleScope family (Data/nofluffjobs-categories.json); top-level family compared. ")
                + Invariant($"{c.ExcludedTotal:N0} postings in categories with no family were left out: ")
                + string.Join(", ", c.ExcludedByCategory.OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e => Invariant($"{e.Key} {e.Value}"))) + ".",
            "seniority: employer levels mapped Trainee->intern, Junior->entry, Mid->mid, Senior->senior, Expert->staff; agreement counts only postings "
                + Invariant($"where RoleScope names a seniority ({c.SeniorityNamed.Hits:N0} of {c.SeniorityNamed.Total:N0} labelled postings: the coverage). ")
                + "Band agreement compares early (intern, entry), mid and senior (senior, staff, principal).",
            Invariant($"title not against label: the same figures without the postings whose title alone, extracted on its own, names another family ({c.FamilyContradicted:N0}) ")
                + Invariant($"or another seniority ({c.SeniorityContradicted:N0} of the named) than the employer's field, e.g. \"Senior Java Developer\" filed as Mid. ")
                + "A diagnostic of label noise, not the bar: the headline rows count every posting.",
        };
        if (c.Unlisted.Count > 0)
        {
            notes.Add("categories missing from the map (left out): " + string.Join(", ", c.Unlisted.Order(StringComparer.Ordinal)) + ".");
        }
        return notes;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    /// <summary>Everything counted in one pass.</summary>
    private sealed class Counts
    {
        public int Postings;
        public Tally FamilyAccuracy;
        public Tally SeniorityNamed;
        public Tally SeniorityAgreement;
        public Tally BandAgreement;
        public Tally FamilyUncontradicted;
        public Tally SeniorityUncontradicted;
        public int FamilyContradicted;
        public int SeniorityContradicted;
        public readonly Dictionary<RoleFamily, int> Gold = [];
        public readonly Dictionary<RoleFamily, int> Predicted = [];
        public readonly Dictionary<RoleFamily, int> Right = [];
        public readonly Dictionary<string, int> ExcludedByCategory = new(StringComparer.Ordinal);
        public readonly HashSet<string> Unlisted = new(StringComparer.Ordinal);
        public readonly Dictionary<(string Field, string Expected, string Actual), int> Confusions = [];

        public int ExcludedTotal => ExcludedByCategory.Values.Sum();

        public void Family(RoleFamily gold, RoleFamily actual, RoleFamily titleSays)
        {
            FamilyAccuracy = FamilyAccuracy.Add(gold == actual);
            if (titleSays != RoleFamily.Other && titleSays != gold)
            {
                FamilyContradicted++;
            }
            else
            {
                FamilyUncontradicted = FamilyUncontradicted.Add(gold == actual);
            }
            Increment(Gold, gold);
            Increment(Predicted, actual);
            if (gold == actual)
            {
                Increment(Right, gold);
            }
            else
            {
                Confuse(FamilyField, gold.Name(), actual.Name());
            }
        }

        public void Excluded(string category, bool listed)
        {
            ExcludedByCategory[category] = ExcludedByCategory.GetValueOrDefault(category) + 1;
            if (!listed)
            {
                Unlisted.Add(category);
            }
        }

        public void Seniority(Seniority gold, Seniority actual, Seniority titleSays)
        {
            var named = actual != Core.Domain.Seniority.Unknown;
            SeniorityNamed = SeniorityNamed.Add(named);
            if (!named)
            {
                return;
            }
            SeniorityAgreement = SeniorityAgreement.Add(gold == actual);
            if (titleSays != Core.Domain.Seniority.Unknown && titleSays != gold)
            {
                SeniorityContradicted++;
            }
            else
            {
                SeniorityUncontradicted = SeniorityUncontradicted.Add(gold == actual);
            }
            BandAgreement = BandAgreement.Add(gold.Band() == actual.Band());
            if (gold != actual)
            {
                Confuse(SeniorityField, gold.Name(), actual.Name());
            }
        }

        private void Confuse(string field, string expected, string actual)
        {
            var key = (field, expected, actual);
            Confusions[key] = Confusions.GetValueOrDefault(key) + 1;
        }

        private static void Increment(Dictionary<RoleFamily, int> counts, RoleFamily family) =>
            counts[family] = counts.GetValueOrDefault(family) + 1;
    }
}
