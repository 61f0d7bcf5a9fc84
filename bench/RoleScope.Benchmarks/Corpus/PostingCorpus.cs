using RoleScope.Core.Domain;

namespace RoleScope.Benchmarks.Corpus;

/// <summary>A set of postings held in memory for a benchmark, with the text bytes its throughput is measured in.</summary>
internal sealed class PostingCorpus
{
    public PostingCorpus(string name, IReadOnlyList<RawPosting> postings)
    {
        Name = name;
        Postings = postings;
        TextBytes = PostingBytes.Of(postings);
    }

    public string Name { get; }

    public IReadOnlyList<RawPosting> Postings { get; }

    public long TextBytes { get; }
}
