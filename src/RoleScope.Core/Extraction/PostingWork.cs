using RoleScope.Core.Domain;
using RoleScope.Core.Text;

namespace RoleScope.Core.Extraction;

/// <summary>
/// One posting on its way through <see cref="ExtractionPipeline"/>: what each step found, for the steps after it and for the
/// record. Reused from batch to batch on a thread (<see cref="Release"/>); never shared between threads.
/// </summary>
internal sealed class PostingWork
{
    /// <summary>Token lists up to this size stay with their slot for the next posting (about 100 KB).</summary>
    private const int MaxRetainedTokens = 8192;

    public RawPosting Raw { get; private set; } = null!;

    public PostingText Posting { get; private set; } = null!;

    /// <summary>The tokens of <see cref="Posting"/>'s text, in text order.</summary>
    public List<Token> Tokens { get; private set; } = new(1024);

    public (string Company, int Start, int End)? CompanyMention { get; set; }

    public List<SkillHit> SkillHits { get; set; } = null!;

    /// <summary>The list that the skills step fills for <see cref="SkillHits"/>: this slot's own, reused from posting to posting.</summary>
    public List<SkillHit> SkillHitList { get; } = [];

    public List<string> SkillNames { get; private set; } = [];

    public List<Evidence> Evidence { get; private set; } = [];

    public WorkMode Mode { get; set; }

    public List<string> Countries { get; private set; } = [];

    public List<SalaryRange> Salaries { get; private set; } = [];

    /// <summary>The role titles found in the posting, before they are classified into <see cref="Roles"/>.</summary>
    public List<TitleSpan> Titles { get; set; } = null!;

    public List<ExtractedRole> Roles { get; set; } = [];

    /// <summary>What made a step throw; the posting skips the steps after it.</summary>
    public Exception? Failure { get; set; }

    /// <summary>Normalises and tokenises the posting: what every step reads.</summary>
    public void Start(RawPosting raw)
    {
        if (Posting is { } previous)
        {
            // Not released (an exception left its batch): its tokens list is about to hold another posting's.
            TokenScratch.Forget(previous.Text);
        }
        Raw = raw;
        Failure = null;
        CompanyMention = null;
        Mode = WorkMode.Unknown;
        // The lists become the record's own: new ones for every posting.
        SkillNames = [];
        Evidence = new List<Evidence>(32);
        Countries = [];
        Salaries = [];
        Roles = [];
        Posting = PostingText.From(raw);
        Tokens.Clear();
        Tokenizer.Tokenize(Posting.Text, 0, Posting.Text.Length, Tokens);
        // The steps tokenise parts of the text (header segments, list items): their tokens are copied from these.
        TokenScratch.Know(Posting.Text, Tokens);
    }

    public ExtractedPosting Finish() => new()
    {
        Id = Raw.Id,
        Title = Raw.Title ?? (Roles.Count > 0 ? Roles[0].Title : null),
        Company = Raw.Company ?? CompanyMention?.Company,
        Roles = Roles,
        WorkMode = Mode,
        Countries = Countries,
        Salaries = Salaries,
        Skills = SkillNames,
        Evidence = Evidence,
    };

    /// <summary>Lets go of the posting, so that a slot kept for the next batch pins neither it nor a huge token list.</summary>
    public void Release()
    {
        if (Posting is { } posting)
        {
            TokenScratch.Forget(posting.Text);
        }
        Raw = null!;
        Posting = null!;
        SkillHits = null!;
        Titles = null!;
        if (Tokens.Capacity > MaxRetainedTokens)
        {
            Tokens = new List<Token>(1024);
        }
        if (SkillHitList.Capacity > MaxRetainedTokens)
        {
            SkillHitList.Clear();
            SkillHitList.Capacity = 0;
        }
    }
}
