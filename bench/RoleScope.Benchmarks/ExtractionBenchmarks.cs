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
/// the µs/posting, MB/s, Postings/s and Alloc/posting columns divide by the corpus. Whole minus the stages is the
/// pipeline's own work (evidence lists, sets, salary descriptions) plus the classifier calls no stage here repeats.
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
    private PostingText[] _texts = [];
    private List<Token>[] _tokens = [];
    private List<Token>[] _bodyTokens = [];
    private List<SkillHit>[] _bodySkills = [];
    private (string Title, List<Token> Tokens)[][] _titles = [];

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
        _texts = [.. _postings.Select(PostingText.From)];
        _tokens = [.. _texts.Select(t => Tokenizer.Tokenize(t.Text))];
        _bodyTokens = [.. _texts.Select((t, i) => _tokens[i].Where(k => k.Start >= t.Header.End).ToList())];
        _bodySkills = [.. _texts.Select((t, i) => _skills.Match(t.Text, _tokens[i]).Where(h => h.Start >= t.Header.End).ToList())];
        _titles = [.. _texts.Select(t => _roles.Find(t).Select(s => (s.Title, Tokenizer.Tokenize(s.Title))).ToArray())];
    }

    [Benchmark(Baseline = true, Description = "Whole extraction")]
    public int Whole()
    {
        var n = 0;
        foreach (var posting in _postings)
        {
            n += _pipeline.Extract(posting).Evidence.Count;
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

    [Benchmark(Description = "Tokenise")]
    public int Tokenise()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += Tokenizer.Tokenize(text.Text).Count;
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
        foreach (var text in _texts)
        {
            n += _salaries.Parse(text.Text).Count;
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

    /// <summary>Role titles (header segments, "hiring X and Y" lists, bullets), the company, and years of experience.</summary>
    [Benchmark(Description = "Roles: find titles, company, years")]
    public int RoleFind()
    {
        var n = 0;
        foreach (var text in _texts)
        {
            n += _roles.Find(text).Count;
            n += RoleFinder.Company(text) is { } company ? company.End : 0;
            n += _years.Detect(text.Text).Cue?.End ?? 0;
        }
        return n;
    }

    /// <summary>
    /// Family and seniority of every found title, and the body's family once per posting, as the pipeline calls them
    /// (the pipeline reads the body only for a generic title; this upper bound reads it for every posting with a title).
    /// </summary>
    [Benchmark(Description = "Roles: classify family, seniority")]
    public int RoleClassify()
    {
        var n = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            foreach (var (title, tokens) in _titles[i])
            {
                n += (int)_classifier.TitleFamily(title, tokens).Family;
                n += (int)_classifier.TitleSeniority(title, tokens).Seniority;
            }
            if (_titles[i].Length > 0)
            {
                n += (int)_classifier.TextFamily(_texts[i].Text, _bodyTokens[i], _bodySkills[i]).Family;
            }
        }
        return n;
    }
}
