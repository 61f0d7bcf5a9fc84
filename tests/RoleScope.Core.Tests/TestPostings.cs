using RoleScope.Core.Domain;
using RoleScope.Core.Extraction;
using RoleScope.Core.Text;

namespace RoleScope.Core.Tests;

/// <summary>Builds postings the way the sources do and runs them through the default pipeline.</summary>
internal static class TestPostings
{
    /// <summary>A Hacker News style post: no title field, the first line is the "Company | Role | Place" header.</summary>
    public static RawPosting Hn(string text, string id = "hn-1") => new() { Id = id, Source = "hn", Description = text };

    /// <summary>A job-board posting with a title field and, optionally, a location field.</summary>
    public static RawPosting Titled(string title, string description, string? location = null, string id = "board-1") =>
        new() { Id = id, Source = "file", Title = title, Description = description, Location = location };

    public static ExtractedPosting Extract(RawPosting raw) => ExtractionPipeline.Default.Extract(raw);

    public static ExtractedPosting Extract(RawPosting raw, out PostingText normalised) => ExtractionPipeline.Default.Extract(raw, out normalised);
}
