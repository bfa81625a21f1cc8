package health.clinicapi.jsonld;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * JSON's own escapes plus {@code <}, {@code >} and {@code &} as unicode escapes, so JSON can sit inside an HTML
 * {@code <script>} element: no string in it can end the element or open a comment.
 */
final class ScriptSafeEscapes extends CharacterEscapes {

    private final int[] asciiEscapes = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
        asciiEscapes['<'] = ESCAPE_STANDARD;
        asciiEscapes['>'] = ESCAPE_STANDARD;
        asciiEscapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        return null;
    }
}
