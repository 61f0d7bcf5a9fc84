using System.Text;
using RoleScope.Core.Domain;

namespace RoleScope.Benchmarks.Corpus;

/// <summary>
/// The size of a posting's text as every throughput figure counts it: the UTF-8 bytes of the title, location and
/// description as the source gives them (HTML included), the fields extraction reads. MB means 10^6 of these bytes.
/// </summary>
internal static class PostingBytes
{
    public static long Of(RawPosting posting) =>
        Encoding.UTF8.GetByteCount(posting.Title ?? "") +
        Encoding.UTF8.GetByteCount(posting.Location ?? "") +
        Encoding.UTF8.GetByteCount(posting.Description);

    public static long Of(IEnumerable<RawPosting> postings)
    {
        long total = 0;
        foreach (var posting in postings)
        {
            total += Of(posting);
        }
        return total;
    }
}
