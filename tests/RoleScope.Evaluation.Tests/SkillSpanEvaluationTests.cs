using RoleScope.Core.Extraction;
using RoleScope.Evaluation.SkillSpan;

namespace RoleScope.Evaluation.Tests;

public sealed class SkillSpanEvaluationTests
{
    [Fact]
    public void Recall_counts_gold_spans_overlapped_by_a_hit_and_precision_counts_hits_inside_gold()
    {
        // Text: "Java EE technology and python and teamwork"
        var sentence = new SkillSpanSentence(
            ["Java", "EE", "technology", "and", "python", "and", "teamwork"],
            ["B", "I", "I", "O", "B", "O", "B"],
            "tech");
        var other = new SkillSpanSentence(["Python"], ["B"], "house");
        // Hits: "Java" (inside the first gold span) and the second "and" at 30..33 (outside gold); "python" is missed.
        IReadOnlyList<SkillHit> Match(string text) => text.StartsWith("Java", StringComparison.Ordinal)
            ? [new SkillHit("Java", 0, 4), new SkillHit("X", 30, 33)]
            : throw new InvalidOperationException("only tech sentences are matched");

        var report = SkillSpanEvaluation.Evaluate([sentence, other], Match, new TechnologySpans(["Python"]));

        var all = report.Score(SkillSpanEvaluation.AllSpansField);
        Assert.Equal(3, all.N);
        Assert.Equal(1.0 / 3, all.Recall!.Value, 9);
        Assert.Equal(0.5, all.Precision);
        // Technology spans: "Java EE technology" (acronym EE) and "python" (taxonomy); "teamwork" is not one.
        var tech = report.Score(SkillSpanEvaluation.TechnologySpansField);
        Assert.Equal(2, tech.N);
        Assert.Equal(0.5, tech.Recall);
        Assert.Equal(0.5, tech.Precision);
    }

    [Fact]
    public void A_sentence_with_tags_that_do_not_match_its_tokens_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => SkillSpanSentence.Parse("""{"tokens": ["a", "b"], "tags_knowledge": ["O"], "source": "tech"}""", "test:1"));
    }
}
