using System.Globalization;
using RoleScope.Core.Domain;
using RoleScope.Evaluation.Golden;
using RoleScope.Sources;

namespace RoleScope.Evaluation.Stated;

/// <summary>
/// Where a source's structured facts and the text disagree (issue #7): for each posting of a file whose source states a
/// salary (<c>salary</c>) or a workplace type (the <c>work_mode</c> label, written by <c>rolescope fetch</c>), what
/// extraction reads from the text beside it. The structured field is the employer's own statement, so disagreement
/// points at either an extraction error or a posting whose text says something else; the mismatches list says which.
/// </summary>
public static class StatedEvaluation
{
    public const string SalaryField = "stated salary";
    public const string WorkModeField = "stated work mode";
    public const string WorkModeLabel = "work_mode";

    public static EvaluationReport Run(string file, Func<RawPosting, ExtractedPosting> extract)
    {
        ArgumentNullException.ThrowIfNull(extract);
        var salary = new Dictionary<SalaryVerdict, int>();
        int read = 0, rejected = 0, salaryWithText = 0, modeKnown = 0, modeEqual = 0, modeN = 0;
        string? firstReject = null;
        var confusions = new Dictionary<(string, string), int>();
        var mismatches = new List<Mismatch>();
        foreach (var record in PostingReaders.ReadFile(file))
        {
            read++;
            if (record is RejectedRecord reject)
            {
                rejected++;
                firstReject ??= $"{reject.Position}: {reject.Reason}";
                continue;
            }
            var posting = ((ReadPosting)record).Posting;
            var stated = StatedMode(posting);
            if (posting.Salary is null && stated is null)
            {
                continue;
            }
            var extracted = extract(posting);
            if (posting.Salary is { } pay)
            {
                var verdict = SalaryAgreement.Compare(pay, extracted.Salaries);
                salary[verdict] = salary.GetValueOrDefault(verdict) + 1;
                salaryWithText += verdict == SalaryVerdict.NotInText ? 0 : 1;
                if (verdict != SalaryVerdict.Agrees)
                {
                    mismatches.Add(new Mismatch(posting.Id, SalaryField, Describe(pay), Actual(verdict, extracted.Salaries), Snippets.For(posting, GoldenEvaluation.SalaryField)));
                }
            }
            if (stated is { } mode)
            {
                modeN++;
                modeKnown += extracted.WorkMode == WorkMode.Unknown ? 0 : 1;
                if (extracted.WorkMode == mode)
                {
                    modeEqual++;
                }
                else
                {
                    var key = (mode.Name(), extracted.WorkMode.Name());
                    confusions[key] = confusions.GetValueOrDefault(key) + 1;
                    mismatches.Add(new Mismatch(posting.Id, WorkModeField, mode.Name(), extracted.WorkMode.Name(), Snippets.For(posting, GoldenEvaluation.WorkModeField)));
                }
            }
        }
        var salaryN = salary.Values.Sum();
        var agrees = salary.GetValueOrDefault(SalaryVerdict.Agrees);
        var scores = new List<FieldScore>
        {
            new(SalaryField, salaryN)
            {
                Accuracy = Share(agrees, salaryN),
                Precision = Share(agrees, salaryWithText),
                Coverage = Share(salaryWithText, salaryN),
            },
            new(WorkModeField, modeN)
            {
                Accuracy = Share(modeEqual, modeN),
                Precision = Share(modeEqual, modeKnown),
                Coverage = Share(modeKnown, modeN),
            },
        };
        var notes = new List<string>
        {
            Invariant($"{read:N0} records read from {file}; {salaryN:N0} state a salary, {modeN:N0} a work mode (remote, hybrid, onsite)."),
            Invariant($"salary: {agrees:N0} agree with the text, {salary.GetValueOrDefault(SalaryVerdict.Overlaps):N0} overlap it, {salary.GetValueOrDefault(SalaryVerdict.Differs):N0} differ, {salary.GetValueOrDefault(SalaryVerdict.NotInText):N0} are not in the text."),
            "accuracy: share of stated facts the text agrees with; precision: the same among postings whose text says anything; coverage: share whose text says anything.",
        };
        if (rejected > 0)
        {
            notes.Add(Invariant($"{rejected:N0} records could not be read (first: {firstReject})."));
        }
        return new EvaluationReport("stated facts vs text: " + Path.GetFileName(file), scores, notes)
        {
            Confusions = [.. confusions.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Item1, StringComparer.Ordinal)
                .Select(c => new Confusion(WorkModeField, c.Key.Item1, c.Key.Item2, c.Value))],
            Mismatches = mismatches,
        };
    }

    /// <summary>The source's workplace type, when it gives one of remote, hybrid, onsite.</summary>
    public static WorkMode? StatedMode(RawPosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        return posting.Labels is { } labels && labels.TryGetValue(WorkModeLabel, out var text)
            && Vocabulary.TryParseWorkMode(text, out var mode) && mode != WorkMode.Unknown ? mode : null;
    }

    private static string Describe(StatedSalary s)
    {
        var amount = s.Min == s.Max || s.Max is null ? Amount(s.Min) : s.Min is null ? Amount(s.Max) : Amount(s.Min) + "-" + Amount(s.Max);
        return string.Join(' ', new[] { s.Currency, amount, s.Period?.Name() }.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static string Actual(SalaryVerdict verdict, IReadOnlyList<SalaryRange> ranges) => verdict == SalaryVerdict.NotInText
        ? "none in the text"
        : (verdict == SalaryVerdict.Overlaps ? "overlaps: " : "") + string.Join("; ", ranges.Select(r => Describe(new StatedSalary(r.Min, r.Max, r.Currency, r.Period))));

    private static string Amount(decimal? v) => v is { } x ? x.ToString("#,0.##", CultureInfo.InvariantCulture) : "?";

    private static double? Share(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
