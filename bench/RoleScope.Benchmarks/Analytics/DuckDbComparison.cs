using DuckDB.NET.Data;
using RoleScope.Core.Analytics;
using RoleScope.Core.Domain;

namespace RoleScope.Benchmarks.Analytics;

/// <summary>The same rows in DuckDB (in memory) and the comparison's counts and medians in SQL.</summary>
internal sealed class DuckDbComparison : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public DuckDbComparison()
    {
        _connection.Open();
        Execute("""
            CREATE TABLE posting (id INTEGER, work_mode TINYINT, day DATE, source VARCHAR, salary DOUBLE);
            CREATE TABLE posting_family (id INTEGER, family VARCHAR, seniority TINYINT);
            CREATE TABLE posting_country (id INTEGER, country VARCHAR);
            CREATE TABLE posting_skill (id INTEGER, skill VARCHAR);
            """);
    }

    public void Load(IEnumerable<MarketPosting> postings)
    {
        using var posting = _connection.CreateAppender("posting");
        using var family = _connection.CreateAppender("posting_family");
        using var country = _connection.CreateAppender("posting_country");
        using var skill = _connection.CreateAppender("posting_skill");
        var id = 0;
        foreach (var p in postings)
        {
            var salary = p.Posting.Salaries.Where(s => s.AnnualMidUsd is not null).Select(s => (double?)(double)s.AnnualMidUsd!.Value).FirstOrDefault();
            var row = posting.CreateRow().AppendValue(id).AppendValue((sbyte)p.Posting.WorkMode).AppendValue(p.PostedAt).AppendValue(p.Source);
            (salary is { } v ? row.AppendValue(v) : row.AppendNullValue()).EndRow();
            var seen = new HashSet<RoleFamily>();
            foreach (var r in p.Posting.Roles)
            {
                if (seen.Add(r.Family))
                {
                    family.CreateRow().AppendValue(id).AppendValue(r.Family.Name()).AppendValue((sbyte)r.Seniority).EndRow();
                }
            }
            foreach (var c in p.Posting.Countries)
            {
                country.CreateRow().AppendValue(id).AppendValue(c).EndRow();
            }
            foreach (var s in p.Posting.Skills)
            {
                skill.CreateRow().AppendValue(id).AppendValue(s).EndRow();
            }
            id++;
        }
    }

    /// <summary>Family sizes, US median salaries, top-K skill counts and per-skill US medians of the top-K skills (n >= minN) for the two families.</summary>
    public SqlComparison Compare(RoleFamily a, RoleFamily b, int topK, int minN)
    {
        var families = $"('{a.Name()}', '{b.Name()}')";
        var counts = Query($"SELECT family, count(*) FROM posting_family WHERE family IN {families} GROUP BY family", r => (r.GetString(0), r.GetInt64(1)));
        var medians = Query($"""
            SELECT f.family, count(*), quantile_cont(p.salary, 0.5)
            FROM posting_family f JOIN posting p USING (id)
            WHERE f.family IN {families} AND p.salary IS NOT NULL AND id IN (SELECT id FROM posting_country WHERE country = 'US')
            GROUP BY f.family
            """, r => (r.GetString(0), r.GetInt64(1), r.GetDouble(2)));
        var top = Query($"""
            SELECT family, skill, n FROM (
              SELECT f.family, s.skill, count(*) AS n, row_number() OVER (PARTITION BY f.family ORDER BY count(*) DESC, s.skill) AS rk
              FROM posting_family f JOIN posting_skill s USING (id) WHERE f.family IN {families} GROUP BY f.family, s.skill)
            WHERE rk <= {topK}
            """, r => (r.GetString(0), r.GetString(1), r.GetInt64(2)));
        // Premiums are figures of the top-K skills (metrics.md), so SQL computes them for the same skills.
        var premiums = Query($"""
            WITH us AS (SELECT f.id, f.family, p.salary FROM posting_family f JOIN posting p USING (id)
                        WHERE f.family IN {families} AND p.salary IS NOT NULL AND id IN (SELECT id FROM posting_country WHERE country = 'US')),
                 top AS (SELECT family, skill FROM (
                           SELECT f.family, s.skill, row_number() OVER (PARTITION BY f.family ORDER BY count(*) DESC, s.skill) AS rk
                           FROM posting_family f JOIN posting_skill s USING (id) WHERE f.family IN {families} GROUP BY f.family, s.skill)
                         WHERE rk <= {topK})
            SELECT us.family, s.skill, count(*), quantile_cont(us.salary, 0.5)
            FROM us JOIN posting_skill s USING (id) JOIN top ON top.family = us.family AND top.skill = s.skill
            GROUP BY us.family, s.skill HAVING count(*) >= {minN}
            """, r => (r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetDouble(3)));
        return new SqlComparison(counts, medians, top, premiums);
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<System.Data.Common.DbDataReader, T> read)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}

internal sealed record SqlComparison(
    List<(string Family, long Postings)> Counts,
    List<(string Family, long N, double Median)> Medians,
    List<(string Family, string Skill, long N)> TopSkills,
    List<(string Family, string Skill, long N, double Median)> Premiums);
