using System.Reflection;

using NewsModel;
using NewsModel.Serialization;

using NodaTime;

// PackageConsumer: the NewsModel NuGet package, used as an outside project would use it.
//   dotnet pack src/NewsModel -c Release -o artifacts/packages
//   dotnet run --project samples/NewsModel.Samples.PackageConsumer
const string Text = """
    Leaders agree to meet again

    The two presidents met in Lisbon on Monday. "We will meet again in the spring," the Portuguese president said.
    """;

var article = NewsPipeline.Default.Read(Text, new ReadOptions { Published = new LocalDate(2024, 3, 4) });
var json = ModelJson.Serialize(article);
var back = ModelJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(json));

var version = typeof(NewsPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"NewsModel {version}");
Console.WriteLine($"Headline: {article.Headline?.Text}");
Console.WriteLine($"{article.Actors.Count} actors, {article.Quotes.Count} quotes, {article.Times.Count} times, {article.Events.Count} events");
foreach (var time in article.Times)
{
    Console.WriteLine($"  {time.Text} = {time.Value}");
}

if (!back.Success || back.Value != article)
{
    Console.Error.WriteLine($"The JSON did not read back to the same model: {back.Error}");
    return 1;
}

Console.WriteLine($"JSON round trip: {json.Length} characters, equal model");
return 0;
