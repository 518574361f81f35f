// The C surface KresbaCairo sees: Cairo (image, PDF, SVG), Pango over Cairo with fontconfig, and
// small inline helpers for what Swift cannot import (function-like macros and GObject casts).
#ifndef KRESBA_CPANGOCAIRO_SHIM_H
#define KRESBA_CPANGOCAIRO_SHIM_H

#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>

// PANGO_FC_FONT_MAP() is a checked GObject cast macro. The map comes from
// pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT), which is always a PangoFcFontMap
// subclass; the checked cast returns NULL (with a warning) if that ever stops being true.
static inline PangoFcFontMap *kresba_fc_font_map(PangoFontMap *map) {
    if (map == NULL || !PANGO_IS_FC_FONT_MAP(map)) return NULL;
    return PANGO_FC_FONT_MAP(map);
}

// g_object_unref takes a gpointer; typed wrappers keep the Swift side free of pointer casts.
static inline void kresba_unref_font_map(PangoFontMap *map) { g_object_unref(map); }
static inline void kresba_unref_context(PangoContext *ctx) { g_object_unref(ctx); }
static inline void kresba_unref_layout(PangoLayout *layout) { g_object_unref(layout); }
static inline void kresba_unref_font(PangoFont *font) { g_object_unref(font); }

// PANGO_CAIRO_FONT() is a GObject interface cast macro. Fonts of a PangoCairo font map always
// implement PangoCairoFont; the scaled font is what Pango itself draws the glyphs with.
static inline cairo_scaled_font_t *kresba_scaled_font(PangoFont *font) {
    if (font == NULL || !PANGO_IS_CAIRO_FONT(font)) return NULL;
    return pango_cairo_font_get_scaled_font(PANGO_CAIRO_FONT(font));
}


#endif
