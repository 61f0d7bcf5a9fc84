using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using RoleScope.Benchmarks.Corpus;
using RoleScope.Benchmarks.Reporting;
using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Core.Knowledge;
using RoleScope.Core.Text;

namespace RoleScope.Benchmarks;

/// <summary>
/// One pass of whole extraction over a corpus (the baseline), and one pass of each stage alone over the same postings,
/// its inputs (normalised text, tokens, titles) made beforehand in <see cref="Setup"/>. Time and allocation are per pass;
/// the µs/posting, MB/s, Postings/s and KB alloc/posting columns divide by the corpus. Whole minus the stages is the
/// pipeline's own work (evidence lists, sets, salary descriptions) less what a stage gains or loses by running alone
/// (a stage streaming over every posting's text misses the caches that whole extraction, one posting at a time, hits).
/// </summary>
[Config(typeof(BenchmarkConfig))]
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.Default;
    private readonly SkillMatcher _skills;
    private readonly SalaryParser _salaries;
    private readonly CountryDetector _countries;
    private readonly RoleFinder _roles;
    private readonly RoleClassifier _classifier;
    private readonly ExperienceYears _years;

    private RawPosting[] _postings = [];
    private ExtractedPosting?[] _results = [];
    private Exception?[] _failures = [];
    private PostingText[] _texts = [];
    private List<Token>[] _tokens = [];
    private List<SkillHit>[] _skillHits = [];
    private string?[] _currencies = [];
    private List<TitleSpan>[] _titles = [];

    public ExtractionBenchmarks()
    {
        // The same stages the default pipeline is built from, over the same embedded knowledge.
        var knowledge = KnowledgeBase.Default;
        _skills = new SkillMatcher(knowledge.Skills);
        _salaries = new SalaryParser(knowledge.Rates);
        _countries = new CountryDetector(knowledge.Places);
        _roles = new RoleFinder(knowledge.Roles);
        _classifier = new RoleClassifier(knowledge.Roles, knowledge.Skills);
        _years = new ExperienceYears(knowledge.Roles);
    }

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Corpora.Hn;

    public static IEnumerable<string> CorpusNames => [Corpora.Hn, Corpora.Synthetic];

    [GlobalSetup]
    public void Setup()
    {
        _postings = [.. Corpora.Get(Corpus).Postings];
        _results = new ExtractedPosting?[ExtractionPipeline.BatchSize];
        _failures = new Exception?[ExtractionPipeline.BatchSize];
        _texts = [.. _postings.Select(PostingText.From)];
        _tokens = [.. _texts.Select(t => Tokenizer.Tokenize(t.Text))];
        _skillHits = [.. _texts.Select((t, i) => _skills.Match(t.Text, _tokens[i]))];
        _currencies = [.. _texts.Select((t, i) => KnowledgeBase.Default.Rates.CurrencyOf(_countries.Detect(t, _tokens[i]).Select(c => c.Country)))];
        _titles = [.. _texts.Select(_roles.Find)];
    }

    [Benchmark(Baseline = true, Description = "Whole extraction")]
    public int Whole()
    {
        // A batch at a time, as the commands and the throughput meter do: results held for the whole corpus would outlive
        // gen0 collections and be copied by them, a cost no command pays.
        var n = 0;
        for (var at = 0; at < _postings.Length; at += ExtractionPipeline.BatchSize)
        {
            var count = Math.Min(ExtractionPipeline.BatchSize, _postings.Length - at);
            _pipeline.Extract(_postings.AsSpan(at, count), _results, _failures);
            for (var i = 0; i < count; i++)
            {
                n += _results[i]!.Evidence.Count;
            }
        }
        return n;
    }

    /// <summary>
    /// Whole extraction one posting at a time (<see cref="ExtractionPipeline.Extract(RawPosting)"/>): every step of a posting
    /// before the next posting, where the batched call above takes a batch through each step together.
    /// </summary>
    [Benchmark(Description = "Whole extraction, one at a time")]
    public int WholeOneAtATime()
    {
        var n = 0;
        foreach (var posting in _postings)
        {
            n += _pipeline.Extract(posting).Evidence.Count;
        }
        return n;
    }

    /// <summary>
    /// Every stage in turn for each posting, as the pipeline calls them, without assembling the record (sets, evidence,
    /// roles): the gap to the whole run is the assembling; the gap between this and the sum of the stages run alone is what
    /// the stages cost each other (caches).
    /// </summary>
    [Benchmark(Description = "Stages in turn")]
    public int StagesInTurn()
    {
        var n = 0;
        var tokens = new List<Token>(1024);
        foreach (var posting in _postings)
        {
            var text = PostingText.From(posting);
            tokens.Clear();
            Tokenizer.Tokenize(text.Text, 0, text.Text.Length, tokens);
            n += _skills.Match(text.Text, tokens).Count;
            n += WorkModeDetector.Detect(text.Text).End;
            var countries = _countries.Detect(text, tokens);
            n += _salaries.Parse(text.Text, KnowledgeBase.Default.Rates.CurrencyOf(countries.Select(c => c.Country)), text.Header).Count;
            var titles = _roles.Find(text);
            n += titles.Count + (_roles.Company(text) is { } company ? company.End : 0);
            n += titles.Count == 1 ? (int)_years.Detect(text.Text).Seniority : 0;
            foreach (var title in titles)
            {
                var titleTokens = Tokenizer.Tokenize(title.Title);
                n += (int)_classifier.TitleFamily(title.Title, titleTokens).Family + (int)_classifier.TitleSeniority(title.Title, titleTokens).Seniority;
            }
        }
        return n;
    }

    [Benchmark(Description = "HTML to text (PostingText.From)")]
    public int Normalise()
    {
        var n = 0;
        foreach (var posting in _postings)
        {
            n += PostingText.From(posting).Text.Length;
        }
        return n;
    }

    /// <summary>Into one list reused from posting to posting, as the pipeline does (so growing lists is not measured).</summary>
    [Benchmark(Description = "Tokenise")]
    public int Tokenise()
    {
        var n = 0;
        var tokens = new List<Token>(1024);
        foreach (var text in _texts)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text.Text, 0, text.Text.Length, tokens);
            n += tokens.Count;
        }
        return n;
    }

    [Benchmark(Description = "Skills")]
    public int Skills()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            n += _skills.Match(_texts[i].Text, _tokens[i]).Count;
        }
        return n;
    }

    [Benchmark(Description = "Salary")]
    public int Salary()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            var text = _texts[i];
            n += _salaries.Parse(text.Text, _currencies[i], text.Header).Count;
        }
        return n;
    }

    [Benchmark(Description = "Work mode")]
    public int WorkMode()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += WorkModeDetector.Detect(text.Text).End;
        }
        return n;
    }

    [Benchmark(Description = "Countries")]
    public int Countries()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            n += _countries.Detect(_texts[i], _tokens[i]).Count;
        }
        return n;
    }

    /// <summary>Role titles (header segments, "hiring X and Y" lists, bullets) and the company from the header.</summary>
    [Benchmark(Description = "Roles: find titles, company")]
    public int RoleFind()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += _roles.Find(text).Count;
            n += _roles.Company(text) is { } company ? company.End : 0;
        }
        return n;
    }

    /// <summary>
    /// Family and seniority of every found title, with the calls ExtractionPipeline.ClassifyRoles makes (body tokens,
    /// years of experience for a single role, title family, then the title's skills, then the body's family or its
    /// "full stack" phrases); keep the two in step when the pipeline changes.
    /// </summary>
    [Benchmark(Description = "Roles: classify family, seniority")]
    public int RoleClassify()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            var posting = _texts[i];
            var text = posting.Text;
            var titles = _titles[i];
            var tokens = _tokens[i];
            var bodyStart = tokens.FindIndex(t => t.Start >= posting.Header.End);
            List<PhraseMatch<RoleFamily>>? bodyPhrases = null;
            List<PhraseMatch<RoleFamily>> BodyPhrases() =>
                bodyPhrases ??= _classifier.BodyPhrases(text, bodyStart < 0 ? [] : CollectionsMarshal.AsSpan(tokens)[bodyStart..]);
            n += titles.Count == 1 ? (int)_years.Detect(text).Seniority : 0;
            (RoleFamily Family, Cue? Cue)? textFamily = null;
            foreach (var title in titles)
            {
                var titleTokens = Tokenizer.Tokenize(title.Title);
                var (family, _, weak) = _classifier.TitleFamily(title.Title, titleTokens);
                var outsideSoftware = family == RoleFamily.Other && _classifier.IsNonSoftware(title.Title, titleTokens);
                if (family == RoleFamily.Other && !outsideSoftware)
                {
                    family = _classifier.TitleSkillFamily(_skillHits[i].Where(h => h.Start >= title.Start && h.End <= title.End)).Family;
                }
                if (family == RoleFamily.Other && !outsideSoftware)
                {
                    textFamily ??= _classifier.TextFamily(BodyPhrases(), [.. _skillHits[i].Where(h => h.Start >= posting.Header.End)]);
                    family = textFamily.Value.Family;
                }
                else if (weak && family is RoleFamily.Backend or RoleFamily.Frontend && RoleClassifier.SaysFullstack(BodyPhrases()))
                {
                    family = RoleFamily.Fullstack;
                }
                n += (int)family + (int)_classifier.TitleSeniority(title.Title, titleTokens).Seniority;
            }
        }
        return n;
    }
}
