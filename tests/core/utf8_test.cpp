#include "diplograph/text.h"
#include "text/utf8.h"

#include <gtest/gtest.h>

using namespace diplograph::core;
using diplograph::core::text::decodeUtf8;

namespace {

// Decodes all of `bytes`, returning (code point, length, valid) per step.
std::vector<text::DecodedChar> decodeAll(std::string_view bytes)
{
    std::vector<text::DecodedChar> out;
    for (std::size_t pos = 0; pos < bytes.size();) {
        out.push_back(decodeUtf8(bytes, pos));
        pos += out.back().length;
    }
    return out;
}

} // namespace

TEST(Utf8Test, DecodesWellFormedSequences)
{
    const auto chars = decodeAll("a\xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80");
    ASSERT_EQ(chars.size(), 4u);
    EXPECT_EQ(chars[0].codePoint, U'a');
    EXPECT_EQ(chars[1].codePoint, U'\u00E9');
    EXPECT_EQ(chars[2].codePoint, U'\u2019');
    EXPECT_EQ(chars[3].codePoint, U'\U0001F600');
    for (const auto& c : chars) {
        EXPECT_TRUE(c.valid);
    }
}

TEST(Utf8Test, RejectsOverlongsSurrogatesAndStrayBytes)
{
    // Each ill-formed maximal subpart is one error (Unicode 15, table 3-8).
    const auto overlong = decodeAll("\xC0\xAF");
    EXPECT_EQ(overlong.size(), 2u);
    const auto overlong3 = decodeAll("\xE0\x80\xAF");
    EXPECT_EQ(overlong3.size(), 3u);
    const auto surrogate = decodeAll("\xED\xA0\x80");
    EXPECT_EQ(surrogate.size(), 3u);
    const auto tooBig = decodeAll("\xF4\x90\x80\x80");
    EXPECT_EQ(tooBig.size(), 4u);
    const auto truncated = decodeAll("\xE2\x80");
    ASSERT_EQ(truncated.size(), 1u);
    EXPECT_EQ(truncated[0].length, 2u);
    const auto truncatedThenAscii = decodeAll("\xF0\x9F\x98"
                                              "A");
    ASSERT_EQ(truncatedThenAscii.size(), 2u);
    EXPECT_EQ(truncatedThenAscii[0].length, 3u);
    EXPECT_EQ(truncatedThenAscii[1].codePoint, U'A');
    for (const auto* chars : {&overlong, &overlong3, &surrogate, &tooBig, &truncated}) {
        for (const auto& c : *chars) {
            EXPECT_FALSE(c.valid);
            EXPECT_EQ(c.codePoint, text::kReplacementCharacter);
        }
    }
}

TEST(Utf8Test, DocumentTextIsAlwaysValidUtf8)
{
    std::string bytes = "ok ";
    for (int i = 0x80; i < 0x100; ++i) {
        bytes.push_back(static_cast<char>(i));
        bytes += " x ";
    }
    bytes += "\xED\xA0\x80 \xF0\x9F";
    auto document = loadDocument(bytes);
    ASSERT_TRUE(document.ok());
    for (std::size_t pos = 0; pos < document->text.size();) {
        const auto c = decodeUtf8(document->text, pos);
        ASSERT_TRUE(c.valid) << "at " << pos;
        pos += c.length;
    }
    ASSERT_FALSE(document->warnings.empty());
}

TEST(Utf8Test, ClassifiesLettersAndCase)
{
    EXPECT_TRUE(text::isLetterCodePoint(U'\u00E9'));
    EXPECT_TRUE(text::isLetterCodePoint(U'\u0416'));
    EXPECT_TRUE(text::isLetterCodePoint(U'\u4E60'));
    EXPECT_FALSE(text::isLetterCodePoint(U'\u2014'));
    EXPECT_FALSE(text::isLetterCodePoint(U'\u00AB'));
    EXPECT_FALSE(text::isLetterCodePoint(text::kReplacementCharacter));
    EXPECT_TRUE(text::isUpperCodePoint(U'\u00C9'));
    EXPECT_TRUE(text::isUpperCodePoint(U'\u0416'));
    EXPECT_TRUE(text::isLowerCodePoint(U'\u0436'));
    EXPECT_FALSE(text::isUpperCodePoint(U'\u00E9'));
}

TEST(Utf8Test, EncodesAndReplacesUnencodableValues)
{
    std::string out;
    text::appendUtf8(out, U'\u2019');
    text::appendUtf8(out, 0xD800);
    text::appendUtf8(out, 0x110000);
    EXPECT_EQ(out, "\xE2\x80\x99\xEF\xBF\xBD\xEF\xBF\xBD");
}
