using FsCheck;
using FsCheck.Xunit;

using NewsModel.Model;
using NewsModel.Tokens;

namespace NewsModel.Tests.Tokens;

public class TokenCapacityTests
{
    [Property]
    public bool UpperBound_AnyText_IsAtLeastTheTokenCount(NonNull<string> text)
        => TokenCapacity.UpperBound(text.Get, new TextSpan(0, text.Get.Length)) >= Tokenizer.Tokenize(text.Get).Count;

    [Fact]
    public void UpperBound_NewsSentence_IsCloseToTheTokenCount()
    {
        const string sentence = "“We will not back down,” Mr. Smith’s spokesman told reporters on Tuesday.";

        var count = Tokenizer.Tokenize(sentence).Count;

        TokenCapacity.UpperBound(sentence, new TextSpan(0, sentence.Length)).Should().BeInRange(count, count + 4);
    }
}
