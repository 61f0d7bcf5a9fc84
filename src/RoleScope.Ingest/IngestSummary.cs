namespace RoleScope.Ingest;

/// <summary>
/// What one ingest run did: every record read is stored, a duplicate, or rejected (with its reason in the rejects file).
/// <paramref name="NearDuplicates"/> of the stored postings are near-identical copies linked to an original and left out of figures.
/// </summary>
public sealed record IngestSummary(int Read, int Stored, int Duplicates, int Rejected, string? RejectsPath, TimeSpan Elapsed, int NearDuplicates = 0)
{
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Read / Elapsed.TotalSeconds : 0;
}

/// <summary>Progress of a run, reported after each batch.</summary>
public sealed record IngestProgress(string File, int FileIndex, int FileCount, int Read, int Stored, int Duplicates, int Rejected);
