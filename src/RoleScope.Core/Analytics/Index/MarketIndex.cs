using RoleScope.Core.Domain;

namespace RoleScope.Core.Analytics.Index;

/// <summary>
/// An in-memory columnar index of the market: per posting, fixed-width columns (the families it belongs to with the
/// seniority of each, work mode, posting day, source, salary midpoint) and, per skill, country and family, a set of postings
/// as bits. A slice is an intersection of those sets. <see cref="Append"/> adds postings without rebuilding what is there.
/// Not safe for an append while another thread queries; readers of a shared index swap in a new one or lock around appends.
/// </summary>
public sealed class MarketIndex
{
    internal const int FamilyCount = 14;
    private const int Growth = 2;

    private readonly Dictionary<string, int> _skillIds = new(StringComparer.Ordinal);
    private readonly List<string> _skillNames = [];
    private readonly List<PostingBits> _skills = [];
    private readonly Dictionary<string, int> _countryIds = new(StringComparer.Ordinal);
    private readonly List<string> _countryNames = [];
    private readonly List<PostingBits> _countries = [];
    private readonly Dictionary<string, byte> _sourceIds = new(StringComparer.Ordinal);
    private readonly List<string> _sourceNames = [];
    private readonly PostingBits[] _families = new PostingBits[FamilyCount];
    private readonly PostingBits _salaried;
    private readonly PostingBits _withCountry;
    private int _capacity;

    // Fixed-width columns. Families: 4 bits each, 0 = not in the family, else 1 + the seniority of its first role of that family.
    private ulong[] _roles;
    private byte[] _workMode;
    // Day of posting as days since 1970-01-01 plus one; 0 = no date. Fits until 2149.
    private ushort[] _day;
    private byte[] _source;
    // Mean of the annual USD midpoints of the posting's ranges; NaN = none stated.
    private double[] _salary;
    // Each posting's skill ids, back to back (posting i's are _skillList[_skillStart[i].._skillStart[i + 1]]): a profile counts
    // skills, fills premium groups and skill trends by walking its members' lists, which costs members x 15 instead of reading
    // every skill's bit set over the whole index (1,725 x 125 KB at 1 M postings) for every family.
    private int[] _skillStart;
    private ushort[] _skillList;
    private SalaryOrder? _salaryOrder;
    private int[]? _skillNameOrder;

    private MarketIndex(int capacity)
    {
        _capacity = Math.Max(capacity, 64);
        _roles = new ulong[_capacity];
        _workMode = new byte[_capacity];
        _day = new ushort[_capacity];
        _source = new byte[_capacity];
        _salary = new double[_capacity];
        _skillStart = new int[_capacity + 1];
        _skillList = new ushort[_capacity * 8];
        for (var f = 0; f < FamilyCount; f++)
        {
            _families[f] = new PostingBits(_capacity);
        }
        _salaried = new PostingBits(_capacity);
        _withCountry = new PostingBits(_capacity);
    }

    public static MarketIndex Empty() => new(64);

    /// <summary>Builds the index; <paramref name="expected"/> presizes the columns when the count is known.</summary>
    public static MarketIndex Build(IEnumerable<MarketPosting> postings, int expected = 0)
    {
        var index = new MarketIndex(expected > 0 ? expected : postings.TryGetNonEnumeratedCount(out var n) ? n : 1024);
        index.Append(postings);
        if (expected > 0 || postings.TryGetNonEnumeratedCount(out _))
        {
            index.TrimExcess();
        }
        return index;
    }

    /// <summary>Postings indexed.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<string> SkillNames => _skillNames;
    public IReadOnlyList<string> CountryNames => _countryNames;
    public IReadOnlyList<string> SourceNames => _sourceNames;

    /// <summary>Adds postings after those already indexed; sets and columns grow in place, nothing is rebuilt.</summary>
    public void Append(IEnumerable<MarketPosting> postings)
    {
        foreach (var p in postings)
        {
            Add(p);
        }
    }

    public void Add(MarketPosting posting)
    {
        var i = Count;
        if (i == _capacity)
        {
            Grow(_capacity * Growth);
        }
        var p = posting.Posting;
        ulong roles = 0;
        foreach (var role in p.Roles)
        {
            var shift = (int)role.Family * 4;
            if (((roles >> shift) & 0xF) == 0)
            {
                roles |= (ulong)((int)role.Seniority + 1) << shift;
                _families[(int)role.Family].Set(i);
            }
        }
        _roles[i] = roles;
        _workMode[i] = (byte)p.WorkMode;
        _day[i] = posting.PostedAt is { } d ? DayOf(d) : (ushort)0;
        _source[i] = SourceId(posting.Source);
        foreach (var c in p.Countries)
        {
            SetIn(_countryIds, _countryNames, _countries, c, i);
        }
        if (p.Countries.Count > 0)
        {
            _withCountry.Set(i);
        }
        var at = _skillStart[i];
        if (at + p.Skills.Count > _skillList.Length)
        {
            Array.Resize(ref _skillList, Math.Max(at + p.Skills.Count, _skillList.Length * Growth));
        }
        foreach (var s in p.Skills)
        {
            var id = SetIn(_skillIds, _skillNames, _skills, s, i);
            if (id > ushort.MaxValue)
            {
                throw new InvalidOperationException($"The market index holds at most 65,536 skills; '{s}' would be the 65,537th.");
            }
            // A skill named twice by one posting is listed once, as its bit set holds it once.
            if (Array.IndexOf(_skillList, (ushort)id, _skillStart[i], at - _skillStart[i]) < 0)
            {
                _skillList[at++] = (ushort)id;
            }
        }
        _skillStart[i + 1] = at;
        _salary[i] = SalaryOf(p);
        if (!double.IsNaN(_salary[i]))
        {
            _salaried.Set(i);
        }
        Count = i + 1;
        _salaryOrder = null;
    }

    /// <summary>Bytes held by the columns and posting sets (not the name dictionaries, which do not grow with postings).</summary>
    public long Bytes
    {
        get
        {
            long bytes = _roles.LongLength * sizeof(ulong) + _workMode.LongLength + _day.LongLength * sizeof(ushort)
                + _source.LongLength + _salary.LongLength * sizeof(double)
                + _skillStart.LongLength * sizeof(int) + _skillList.LongLength * sizeof(ushort);
            bytes += _salaried.Bytes + _withCountry.Bytes;
            foreach (var set in _families)
            {
                bytes += set.Bytes;
            }
            foreach (var set in _skills)
            {
                bytes += set.Bytes;
            }
            foreach (var set in _countries)
            {
                bytes += set.Bytes;
            }
            return bytes + (_salaryOrder?.Bytes ?? 0);
        }
    }

    internal PostingBits Family(RoleFamily family) => _families[(int)family];
    internal PostingBits Salaried => _salaried;
    internal PostingBits WithCountry => _withCountry;
    internal IReadOnlyList<PostingBits> Skills => _skills;
    internal IReadOnlyList<PostingBits> Countries => _countries;

    internal int SkillId(string name) => _skillIds.TryGetValue(name, out var id) ? id : -1;
    internal PostingBits? Country(string code) => _countryIds.TryGetValue(code, out var id) ? _countries[id] : null;

    internal Seniority SeniorityIn(int posting, RoleFamily family) => (Seniority)(((int)(_roles[posting] >> ((int)family * 4)) & 0xF) - 1);
    /// <summary>The posting's family/seniority word: 4 bits per family, 0 = not in it, else 1 + the seniority of its role.</summary>
    internal ulong RolesOf(int posting) => _roles[posting];
    internal WorkMode WorkModeOf(int posting) => (WorkMode)_workMode[posting];
    internal int DayOf(int posting) => _day[posting];
    internal int SourceOf(int posting) => _source[posting];
    internal double SalaryOf(int posting) => _salary[posting];
    internal ReadOnlySpan<ushort> SkillsOf(int posting) => _skillList.AsSpan(_skillStart[posting], _skillStart[posting + 1] - _skillStart[posting]);

    /// <summary>Salaried postings in salary order, rebuilt lazily after appends (a sort of the salaries only).</summary>
    internal SalaryOrder SalaryOrder => _salaryOrder ??= SalaryOrder.Of(_salary, _salaried);

    /// <summary>
    /// Each skill id's place among the skill names in ordinal order, so rankings can break ties by name with an int compare.
    /// Rebuilt when skills were added since (skills are only ever added, so a length check suffices).
    /// </summary>
    internal int[] SkillNameOrder
    {
        get
        {
            var order = _skillNameOrder;
            if (order is null || order.Length != _skillNames.Count)
            {
                var ids = new int[_skillNames.Count];
                var names = new string[ids.Length];
                for (var s = 0; s < ids.Length; s++)
                {
                    ids[s] = s;
                    names[s] = _skillNames[s];
                }
                Array.Sort(names, ids, StringComparer.Ordinal);
                order = new int[ids.Length];
                for (var r = 0; r < ids.Length; r++)
                {
                    order[ids[r]] = r;
                }
                _skillNameOrder = order;
            }
            return order;
        }
    }

    internal static ushort DayOf(DateOnly d) => (ushort)Math.Clamp(d.DayNumber - Epoch.DayNumber + 1, 1, ushort.MaxValue);

    internal static DateOnly DateOf(int day) => DateOnly.FromDayNumber(Epoch.DayNumber + day - 1);

    internal static readonly DateOnly Epoch = new(1970, 1, 1);

    /// <summary>Mean of the annual USD midpoints of the posting's stated ranges (the salary the analytics use), NaN when none.</summary>
    internal static double SalaryOf(ExtractedPosting posting)
    {
        decimal sum = 0;
        var count = 0;
        foreach (var s in posting.Salaries)
        {
            if (s.AnnualMidUsd is { } mid)
            {
                sum += mid;
                count++;
            }
        }
        return count == 0 ? double.NaN : (double)(sum / count);
    }

    private byte SourceId(string source)
    {
        if (_sourceIds.TryGetValue(source, out var id))
        {
            return id;
        }
        if (_sourceNames.Count == byte.MaxValue + 1)
        {
            throw new InvalidOperationException($"The market index holds at most 256 sources; '{source}' would be the 257th.");
        }
        id = (byte)_sourceNames.Count;
        _sourceIds[source] = id;
        _sourceNames.Add(source);
        return id;
    }

    private int SetIn(Dictionary<string, int> ids, List<string> names, List<PostingBits> sets, string key, int posting)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = names.Count;
            ids[key] = id;
            names.Add(key);
            sets.Add(new PostingBits(_capacity));
        }
        sets[id].Set(posting);
        return id;
    }

    private void Grow(int capacity)
    {
        _capacity = capacity;
        Array.Resize(ref _roles, capacity);
        Array.Resize(ref _workMode, capacity);
        Array.Resize(ref _day, capacity);
        Array.Resize(ref _source, capacity);
        Array.Resize(ref _salary, capacity);
        Array.Resize(ref _skillStart, capacity + 1);
    }

    private void TrimExcess()
    {
        if (Count == _capacity)
        {
            return;
        }
        Grow(Math.Max(Count, 1));
        Array.Resize(ref _skillList, _skillStart[Count]);
        foreach (var set in _families.Concat(_skills).Concat(_countries).Append(_salaried).Append(_withCountry))
        {
            set.Trim(_capacity);
        }
    }
}
