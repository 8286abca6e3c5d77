using NewsModel.Model;

namespace NewsModel.Times.Constructions;

/// <summary>
/// What a construction recognised, without the modifiers around it ("early", "more than", "or
/// so": see <see cref="Modifiers"/>): where it ends, its TIMEX3 type and value.
/// </summary>
/// <param name="End">The token just past the last.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value; empty when the words name no real date ("Feb. 30"), and the expression is then dropped.</param>
/// <param name="IsCalendar">Whether it names a stretch of the calendar, which "early" or "the end of" may qualify.</param>
/// <param name="IsShift">Whether it is a duration counted from the anchor ("two years ago"), which "more than" may qualify.</param>
/// <param name="Mod">A mod the words themselves carry ("year-end").</param>
internal readonly record struct CoreTime(int End, TimeType Type, string Value, bool IsCalendar, bool IsShift = false, TimeMod? Mod = null);
