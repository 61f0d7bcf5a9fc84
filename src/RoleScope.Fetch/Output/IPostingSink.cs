using RoleScope.Core.Domain;

namespace RoleScope.Fetch.Output;

/// <summary>Where fetched postings go: a canonical JSONL file or a store. Each (source, id) goes in once.</summary>
public interface IPostingSink : IDisposable
{
    /// <summary>True when the posting is already there (from an earlier run, or one stopped before its state was saved).</summary>
    bool Contains(string source, string id);

    /// <summary>Adds the posting unless it is already there; false when it was.</summary>
    bool Add(RawPosting posting);

    /// <summary>Makes everything added so far durable; the runner records progress in its state only after this.</summary>
    void Flush();

    /// <summary>One line saying where the postings went and what the sink did with them.</summary>
    string Describe();
}
