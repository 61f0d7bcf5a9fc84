using System.Globalization;
using System.Text;
using RoleScope.Core.Extraction;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Evaluation.SkillSpan;

/// <summary>
/// Technology-name precision and recall of the skill matcher on the <c>tech</c> source of a SkillSpan split. Each sentence's
/// tokens are joined with spaces into text; gold spans are the knowledge spans. A gold span is found when a hit overlaps it;
/// a hit is right when it overlaps a gold span. Spans are not required to match exactly: a taxonomy names "Java", the
/// annotators may have marked "Java EE technology".
/// </summary>
public static class SkillSpanEvaluation
{
    public const string DatasetName = "skillspan-tech-dev";
    public const string TechSource = "tech";

    public const string AllSpansField = "technology names (all knowledge spans)";
    public const string TechnologySpansField = "technology names (technology spans)";

    /// <summary>Evaluates the matcher of <paramref name="taxonomy"/> on a SkillSpan file read in place.</summary>
    public static EvaluationReport Run(string path, SkillTaxonomy taxonomy)
    {
        var matcher = new SkillMatcher(taxonomy);
        return Evaluate(SkillSpanSentence.ReadFile(path), text => matcher.Match(text, Tokenizer.Tokenize(text)), TechnologySpans.FromTaxonomy(taxonomy));
    }

    public static EvaluationReport Evaluate(IEnumerable<SkillSpanSentence> sentences, Func<string, IReadOnlyList<SkillHit>> match, TechnologySpans technology)
    {
        var sentenceCount = 0;
        var skipped = 0;
        Tally allRecall = default, techRecall = default, allPrecision = default, techPrecision = default;
        var techByTaxonomyOnly = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Source != TechSource)
            {
                skipped++;
                continue;
            }
            sentenceCount++;
            var (text, offsets) = Join(sentence.Tokens);
            var gold = BioSpans.Decode(sentence.KnowledgeTags)
                .Select(s => (Start: offsets[s.First].Start, End: offsets[s.End - 1].End, Tech: technology.IsTechnology(Slice(sentence.Tokens, s)), Orthographic: Slice(sentence.Tokens, s).Any(TechnologySpans.LooksLikeAName)))
                .ToList();
            var hits = match(text);
            foreach (var g in gold)
            {
                var found = hits.Any(h => Overlaps(h.Start, h.End, g.Start, g.End));
                allRecall = allRecall.Add(found);
                if (g.Tech)
                {
                    techRecall = techRecall.Add(found);
                    techByTaxonomyOnly += g.Orthographic ? 0 : 1;
                }
            }
            foreach (var h in hits)
            {
                allPrecision = allPrecision.Add(gold.Any(g => Overlaps(h.Start, h.End, g.Start, g.End)));
                techPrecision = techPrecision.Add(gold.Any(g => g.Tech && Overlaps(h.Start, h.End, g.Start, g.End)));
            }
        }
        var scores = new List<FieldScore>
        {
            new(AllSpansField, allRecall.Total) { Precision = allPrecision.Rate, Recall = allRecall.Rate },
            new(TechnologySpansField, techRecall.Total) { Precision = techPrecision.Rate, Recall = techRecall.Rate },
        };
        var notes = new List<string>
        {
            Invariant($"{sentenceCount:N0} sentences of the '{TechSource}' source ({skipped:N0} of other sources skipped); {allRecall.Total:N0} knowledge spans, {allPrecision.Total:N0} matcher hits."),
            "n = gold spans. Recall = gold spans overlapped by a hit / gold spans; precision = hits overlapping a gold span / hits. "
                + "Hits on technologies that the annotators did not mark as knowledge (or marked as skill) count against precision.",
            Invariant($"Technology spans ({techRecall.Total:N0}): spans with a CamelCase, acronym, digit or symbol token, or that are a taxonomy name or alias in any case ({techByTaxonomyOnly:N0} qualified through the taxonomy alone, which favours the matcher). ")
                + "Plain Title Case does not qualify. The all-spans row is the unbiased lower bound.",
        };
        return new EvaluationReport(DatasetName, scores, notes);
    }

    private static bool Overlaps(int start, int end, int otherStart, int otherEnd) => start < otherEnd && otherStart < end;

    private static string[] Slice(IReadOnlyList<string> tokens, TokenSpan span) => [.. tokens.Skip(span.First).Take(span.End - span.First)];

    private static (string Text, (int Start, int End)[] Offsets) Join(IReadOnlyList<string> tokens)
    {
        var text = new StringBuilder();
        var offsets = new (int, int)[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }
            offsets[i] = (text.Length, text.Length + tokens[i].Length);
            text.Append(tokens[i]);
        }
        return (text.ToString(), offsets);
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
