using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using RoleScope.Core.Domain;

namespace RoleScope.Synthetic;

/// <summary>
/// Writes a posting's description from its plan: company blurb, role intro, duties, requirements with skills,
/// nice-to-haves, stack, work mode, benefits, pay and how to apply (4 to 10 blocks). One instance per generator run;
/// its lists are scratch space reused from posting to posting.
/// </summary>
internal sealed class DescriptionWriter
{
    private const int MaxBlocks = 10;
    private const double HeaderPayShare = 0.75;
    private const double HeaderRepeatsModeShare = 0.25;
    private const double MergedIntroShare = 0.3;
    private const double ModeEarlyShare = 0.3;
    private const double DutyProseShare = 0.25;
    private const double RequirementProseShare = 0.25;
    private const double StackShare = 0.45;
    private const double NiceShare = 0.5;
    private const double BenefitsShare = 0.55;
    private const double PayAmongBenefitsShare = 0.25;

    private static readonly ImmutableArray<string> Bullets = ["- ", "• ", "* "];
    private static readonly ImmutableArray<string> RoleSeparators = [", ", " / ", " & "];

    private readonly DescriptionBuilder text = new();
    private readonly List<string> items = [];
    private readonly List<string> order = [];
    private readonly List<string> stack = [];
    private readonly List<string> required = [];
    private readonly List<string> nice = [];
    private readonly List<string> pool = [];
    private readonly int[] picks = new int[16];
    private readonly int[] scratch = new int[16];

    public string Write(Random rng, PostingPlan plan, SlotValues slots)
    {
        text.Reset(plan.Style, plan.Style == TextStyle.Plain ? rng.Pick(Bullets) : "- ");
        var payInHeader = plan.Layout == Layout.Header && plan.Pay is not null && rng.Chance(HeaderPayShare);
        if (plan.Layout == Layout.Header)
        {
            Header(rng, plan, slots, payInHeader);
        }
        var mergeIntro = plan.Layout == Layout.Standard && rng.Chance(MergedIntroShare);
        Blurb(rng, plan, slots, mergeIntro);
        Intro(rng, plan, slots, mergeIntro);

        var modeSentence = plan.Layout == Layout.Header && !rng.Chance(HeaderRepeatsModeShare)
            ? null
            : WorkModeText.Sentence(rng, plan.Place.Mode);
        var modeEarly = rng.Chance(ModeEarlyShare);
        if (modeSentence is not null && modeEarly)
        {
            text.Paragraph(modeSentence, slots);
        }

        Duties(rng, plan, slots);
        SplitSkills(rng, plan);
        var stackFirst = rng.Chance(0.5);
        if (stackFirst)
        {
            Stack(rng);
        }
        Requirements(rng, plan, slots);
        Nice(rng);
        if (!stackFirst)
        {
            Stack(rng);
        }
        if (modeSentence is not null && !modeEarly)
        {
            text.Paragraph(modeSentence, slots);
        }

        var payLeft = plan.Pay is not null && !payInHeader;
        var blocksAfterBenefits = (payLeft ? 1 : 0) + 1;
        if (rng.Chance(BenefitsShare) && text.Blocks + 1 + blocksAfterBenefits <= MaxBlocks)
        {
            // A contract rate gets its own sentence: it sits oddly in a list of employee benefits.
            var payAmongBenefits = payLeft && plan.Pay!.Period != PayPeriod.Hour && rng.Chance(PayAmongBenefitsShare);
            Benefits(rng, plan, slots, payAmongBenefits);
            payLeft &= !payAmongBenefits;
        }
        if (payLeft)
        {
            var sentences = plan.Pay!.Period == PayPeriod.Hour ? TextTemplates.ContractPaySentences : TextTemplates.PaySentences;
            text.Paragraph(rng.Pick(sentences), slots);
        }
        text.Paragraph(rng.Pick(TextTemplates.Applies), slots);
        return text.ToString();
    }

    /// <summary>"Company | Senior Backend Engineer, Full-Stack Engineer | Remote (US) | Full-time | $150k-$190k".</summary>
    private void Header(Random rng, PostingPlan plan, SlotValues slots, bool withPay)
    {
        text.BeginParagraph();
        text.Text(plan.Company.Name);
        text.Text(" | ");
        var separator = rng.Pick(RoleSeparators);
        for (var i = 0; i < plan.Roles.Count; i++)
        {
            if (i > 0)
            {
                text.Text(separator);
            }
            text.Text(plan.Roles[i].Title);
        }
        text.Text(" | ");
        text.Template(WorkModeText.HeaderField(rng, plan.Place.Mode), slots);
        if (rng.Chance(0.5))
        {
            text.Text(rng.Chance(0.5) ? " | Full-time" : " | Full-Time");
        }
        if (withPay)
        {
            text.Text(" | ");
            text.Text(plan.Pay!.Text);
            if (rng.Chance(0.4))
            {
                text.Text(" + equity");
            }
        }
        if (rng.Chance(0.5))
        {
            text.Text(" | ");
            text.Template("{url}", slots);
        }
        text.EndParagraph();
    }

    private void Blurb(Random rng, PostingPlan plan, SlotValues slots, bool mergeIntro)
    {
        text.BeginParagraph();
        text.Template(rng.Pick(TextTemplates.Blurbs), slots);
        if (rng.Chance(MoneyDistractors.BlurbShare))
        {
            text.Text(" ");
            text.Text(MoneyDistractors.CompanySentence(rng, plan.Company));
        }
        else if (rng.Chance(0.3))
        {
            text.Text(" ");
            text.Text(rng.Pick(TextTemplates.BlurbFollowUps));
        }
        if (mergeIntro)
        {
            text.Text(" ");
            text.Template(rng.Pick(TextTemplates.Intros), slots);
        }
        text.EndParagraph();
    }

    private void Intro(Random rng, PostingPlan plan, SlotValues slots, bool merged)
    {
        switch (plan.Layout)
        {
            case Layout.Standard when !merged:
                text.Paragraph(rng.Pick(TextTemplates.Intros), slots);
                break;
            case Layout.Header when plan.Roles.Count == 1:
                text.Paragraph(rng.Pick(TextTemplates.Intros), slots);
                break;
            case Layout.Header when rng.Chance(0.5):
                text.Paragraph(rng.Pick(TextTemplates.MultiRoleIntros), slots);
                break;
            case Layout.Plural:
                text.Paragraph(rng.Pick(TextTemplates.PluralIntros), slots);
                items.Clear();
                foreach (var role in plan.Roles)
                {
                    items.Add(role.Title);
                }
                text.List(rng.Pick(TextTemplates.OpenRolesHeadings), items);
                break;
            default:
                break;
        }
    }

    private void Duties(Random rng, PostingPlan plan, SlotValues slots)
    {
        var duties = plan.Roles[0].Profile.Duties;
        var chosen = picks.AsSpan(0, Math.Min(duties.Length, 2 + rng.Next(3)));
        rng.PickDistinct(duties.Length, chosen, scratch);
        items.Clear();
        foreach (var d in chosen)
        {
            items.Add(slots.Expand(duties[d]));
        }
        for (var r = 1; r < plan.Roles.Count; r++)
        {
            var duty = plan.Roles[r].Profile.Duties[rng.Next(plan.Roles[r].Profile.Duties.Length)];
            items.Add(plan.Roles[r].Title + ": " + LowerFirst(slots.Expand(duty)));
        }
        if (plan.Roles.Count == 1 && rng.Chance(DutyProseShare))
        {
            text.BeginParagraph();
            text.Text(rng.Pick(TextTemplates.DutyProseOpenings));
            for (var i = 0; i < items.Count; i++)
            {
                text.Text(i == 0 ? "" : i == items.Count - 1 ? " and " : ", ");
                text.Text(LowerFirst(items[i]));
            }
            text.Text(".");
            text.EndParagraph();
            return;
        }
        text.List(rng.Pick(TextTemplates.DutyHeadings), items);
    }

    /// <summary>Shares the skills out: some tools to a stack sentence, one or two skills to nice-to-haves, the rest to requirements.</summary>
    private void SplitSkills(Random rng, PostingPlan plan)
    {
        order.Clear();
        order.AddRange(plan.Skills);
        rng.Shuffle(order);
        // A skill the title names ("Python Backend Engineer") goes first, so it is never relegated to nice-to-haves.
        foreach (var role in plan.Roles)
        {
            if (role.ImpliedSkill is { } implied && order.Remove(implied))
            {
                order.Insert(0, implied);
            }
        }
        stack.Clear();
        required.Clear();
        nice.Clear();
        var tools = 0;
        foreach (var skill in order)
        {
            tools += SkillForms.Get(skill).IsTool ? 1 : 0;
        }
        var stackCount = tools >= 3 && rng.Chance(StackShare) ? Math.Max(2, (int)(tools * 0.6)) : 0;
        foreach (var skill in order)
        {
            if (stack.Count < stackCount && SkillForms.Get(skill).IsTool)
            {
                stack.Add(skill);
            }
            else
            {
                required.Add(skill);
            }
        }
        if (required.Count >= 4 && rng.Chance(NiceShare))
        {
            var move = 1 + rng.Next(2);
            for (var i = 0; i < move; i++)
            {
                nice.Add(required[^1]);
                required.RemoveAt(required.Count - 1);
            }
        }
    }

    private void Requirements(Random rng, PostingPlan plan, SlotValues slots)
    {
        items.Clear();
        if (plan.Years is { } years)
        {
            items.Add(YearsText(rng, years, plan.Roles[0].Profile.ExperienceArea));
        }
        // Tools go in groups of one to three per line, practices one per line in their own phrase.
        pool.Clear();
        foreach (var skill in required)
        {
            var form = SkillForms.Get(skill);
            if (form.IsTool)
            {
                pool.Add(form.Surface(rng));
            }
            else
            {
                items.Add(Phrase(rng, form));
            }
        }
        var at = 0;
        var phrase = rng.Next(TextTemplates.ToolPhrases.Length);
        while (at < pool.Count)
        {
            var take = Math.Min(pool.Count - at, 1 + rng.Next(3));
            var list = JoinList(rng, pool, at, take, allowSlash: false);
            items.Add(string.Format(CultureInfo.InvariantCulture, TextTemplates.ToolPhrases[phrase], list));
            // Consecutive lines open differently.
            phrase = (phrase + 1 + rng.Next(TextTemplates.ToolPhrases.Length - 1)) % TextTemplates.ToolPhrases.Length;
            at += take;
        }
        items.Add(slots.Expand(rng.Pick(TextTemplates.Fillers)));
        var actual = plan.Roles[0].Actual;
        if (actual >= Seniority.Senior && rng.Chance(0.5))
        {
            items.Add(rng.Pick(TextTemplates.UpperFillers));
        }
        else if (actual <= Seniority.Entry && rng.Chance(0.6))
        {
            items.Add(rng.Pick(TextTemplates.EntryFillers));
        }
        if (rng.Chance(RequirementProseShare))
        {
            text.BeginParagraph();
            text.Text(rng.Pick(TextTemplates.RequirementProseOpenings));
            for (var i = 0; i < items.Count; i++)
            {
                text.Text(i == 0 ? "" : "; ");
                text.Text(LowerFirst(items[i]));
            }
            text.Text(".");
            text.EndParagraph();
            return;
        }
        text.List(rng.Pick(TextTemplates.RequirementHeadings), items);
    }

    private void Nice(Random rng)
    {
        if (nice.Count == 0)
        {
            return;
        }
        if (rng.Chance(0.5))
        {
            items.Clear();
            foreach (var skill in nice)
            {
                var form = SkillForms.Get(skill);
                items.Add(form.IsTool ? "Experience with " + form.Surface(rng) : Phrase(rng, form));
            }
            text.List(rng.Pick(TextTemplates.NiceHeadings), items);
            return;
        }
        pool.Clear();
        foreach (var skill in nice)
        {
            pool.Add(SkillForms.Get(skill).Surface(rng));
        }
        text.BeginParagraph();
        text.Text(string.Format(CultureInfo.InvariantCulture, rng.Pick(TextTemplates.NiceProse), JoinList(rng, pool, 0, pool.Count, allowSlash: false)));
        text.EndParagraph();
    }

    private void Stack(Random rng)
    {
        if (stack.Count == 0)
        {
            return;
        }
        pool.Clear();
        foreach (var skill in stack)
        {
            pool.Add(SkillForms.Get(skill).Surface(rng));
        }
        text.BeginParagraph();
        text.Text(string.Format(CultureInfo.InvariantCulture, rng.Pick(TextTemplates.StackSentences), JoinList(rng, pool, 0, pool.Count, allowSlash: true)));
        text.EndParagraph();
    }

    private void Benefits(Random rng, PostingPlan plan, SlotValues slots, bool withPay)
    {
        var benefits = plan.Place.Country.IsUs ? TextTemplates.UsBenefits : TextTemplates.IntlBenefits;
        items.Clear();
        if (withPay)
        {
            items.Add(slots.Expand(rng.Pick(TextTemplates.PayBenefitItems)));
        }
        var chosen = picks.AsSpan(0, Math.Min(benefits.Length, 3 + rng.Next(3)));
        rng.PickDistinct(benefits.Length, chosen, scratch);
        foreach (var b in chosen)
        {
            items.Add(benefits[b]);
        }
        if (rng.Chance(MoneyDistractors.BenefitShare))
        {
            items.Add(MoneyDistractors.BenefitItem(rng, plan.Company));
        }
        text.List(rng.Pick(TextTemplates.BenefitHeadings), items);
    }

    private static string Phrase(Random rng, SkillForm form) =>
        string.Format(CultureInfo.InvariantCulture, rng.Pick(form.Phrases), form.Surface(rng));

    private static string YearsText(Random rng, YearsOfExperience years, string area) => years.Max is { } max
        ? string.Format(CultureInfo.InvariantCulture, rng.Pick(TextTemplates.YearsRange), years.Min, max, area)
        : string.Format(CultureInfo.InvariantCulture, rng.Pick(TextTemplates.YearsPlus), years.Min, area);

    /// <summary>"A, B and C", "A, B, and C", "A, B & C", or for stacks "A/B/C".</summary>
    private static string JoinList(Random rng, List<string> names, int start, int count, bool allowSlash)
    {
        if (count == 1)
        {
            return names[start];
        }
        var span = CollectionsMarshal.AsSpan(names).Slice(start, count);
        // "Python/Django/Postgres" reads like a posting; six names joined by slashes does not.
        var style = rng.Next(allowSlash && count <= 4 ? 4 : 3);
        if (style == 3)
        {
            return string.Join('/', span);
        }
        var last = style switch
        {
            0 => " and ",
            1 => count > 2 ? ", and " : " and ",
            _ => " & ",
        };
        return string.Join(", ", span[..^1]) + last + span[^1];
    }

    /// <summary>Lower-cases the first letter unless the word is an acronym ("Design" to "design", "API" stays).</summary>
    private static string LowerFirst(string value) =>
        value.Length > 1 && char.IsUpper(value[0]) && !char.IsUpper(value[1])
            ? string.Concat(char.ToLowerInvariant(value[0]).ToString(), value.AsSpan(1))
            : value;
}
