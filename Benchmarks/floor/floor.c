// The C floor: the benchmark's reference chart drawn with Cairo and Pango directly, no spec, no
// general layout engine; what a hand-written C program for exactly this chart would do. Same
// data, texts, fonts (a private fontconfig configuration over Fonts/, as Kresba's FontLibrary),
// font options, sizes and colours as Kresba's chart, and the same PNG encoder as Kresba (RGB when
// opaque, no row filter, libdeflate level 6), or Cairo's own writer with --cairo-writer.
//
//   floor bench --chart bar --fonts DIR --data CSV [--iterations N] [--warmup N]
//       in-process medians (ms) as one JSON line
//   floor once --chart bar --fonts DIR --data CSV --out FILE.png [--cairo-writer]
//       one chart, as a whole process (for start-up time and peak RSS)
//
// Built by Benchmarks/run.sh:
//   gcc -O2 -o floor floor.c $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig libdeflate)
// A new chart type gets a draw_<type> function and an entry in `charts` below.
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <dirent.h>
#include <fontconfig/fontconfig.h>
#include <libdeflate.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

// ---------------------------------------------------------------- bytes and time

typedef struct {
    unsigned char *data;
    size_t length, capacity;
} buffer;

static void buffer_append(buffer *b, const void *data, size_t length) {
    if (b->length + length > b->capacity) {
        size_t capacity = b->capacity ? b->capacity : 65536;
        while (capacity < b->length + length) capacity *= 2;
        b->data = realloc(b->data, capacity);
        b->capacity = capacity;
    }
    memcpy(b->data + b->length, data, length);
    b->length += length;
}

static cairo_status_t buffer_write(void *closure, const unsigned char *data, unsigned int length) {
    buffer_append(closure, data, length);
    return CAIRO_STATUS_SUCCESS;
}

static double now_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static double cpu_ms(void) {
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *values, int count) {
    qsort(values, count, sizeof(double), compare_doubles);
    return count % 2 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
}

// ---------------------------------------------------------------- fonts

// A private configuration holding only the font files in `dir`, and an empty process default so
// that Pango's background FcInit does not read the system's fonts (as Kresba's FontLibrary does).
static FcConfig *load_fonts(const char *dir) {
    FcConfigSetCurrent(FcConfigCreate());
    FcConfig *config = FcConfigCreate();
    DIR *d = opendir(dir);
    if (!d) { fprintf(stderr, "floor: cannot open %s\n", dir); exit(1); }
    struct dirent *entry;
    char path[4096];
    while ((entry = readdir(d))) {
        if (entry->d_name[0] == '.') continue;
        snprintf(path, sizeof path, "%s/%s", dir, entry->d_name);
        FcConfigAppFontAddFile(config, (const FcChar8 *)path);
    }
    closedir(d);
    return config;
}

static PangoFontMap *new_font_map(FcConfig *config) {
    PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    return map;
}

// A Pango context with Kresba's font options: grey antialiasing, no hinting, unrounded positions.
static PangoContext *new_context(PangoFontMap *map) {
    PangoContext *context = pango_font_map_create_context(map);
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context, FALSE);
    pango_context_set_language(context, pango_language_from_string("cs"));
    return context;
}

// ---------------------------------------------------------------- text

typedef struct {
    PangoContext *context;
    PangoLayout *layout;
    cairo_t *cr;
} text_drawer;

static void set_text(text_drawer *t, const char *text, double size, PangoWeight weight) {
    PangoFontDescription *font = pango_font_description_new();
    pango_font_description_set_family_static(font, "Inter");
    pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
    pango_font_description_set_weight(font, weight);
    pango_layout_set_font_description(t->layout, font);
    pango_font_description_free(font);
    pango_layout_set_text(t->layout, text, -1);
}

static double text_width(text_drawer *t, const char *text, double size, PangoWeight weight) {
    set_text(t, text, size, weight);
    PangoRectangle logical;
    pango_layout_get_extents(t->layout, NULL, &logical);
    return pango_units_to_double(logical.width);
}

// Draws one line with its top-left, top-centre or top-right (`align` 0, 0.5, 1) at x, y.
static void draw_text(text_drawer *t, const char *text, double size, PangoWeight weight, uint32_t rgb, double x,
                      double y, double align) {
    double width = text_width(t, text, size, weight);
    cairo_set_source_rgb(t->cr, (rgb >> 16) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
    cairo_move_to(t->cr, x - width * align, y);
    pango_cairo_update_context(t->cr, t->context);
    pango_cairo_show_layout(t->cr, t->layout);
}

static void set_rgb(cairo_t *cr, uint32_t rgb) {
    cairo_set_source_rgb(cr, (rgb >> 16) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
}

// "1567946" -> "1 567 946" with U+00A0 between groups of three (Czech grouping).
static void format_grouped(long value, char *out) {
    char digits[32];
    snprintf(digits, sizeof digits, "%ld", value);
    size_t n = strlen(digits), o = 0;
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0) { out[o++] = (char)0xC2; out[o++] = (char)0xA0; }
        out[o++] = digits[i];
    }
    out[o] = 0;
}

// ---------------------------------------------------------------- the bar chart

typedef struct {
    char name[64];
    double value;
} row;

typedef struct {
    row rows[64];
    int count;
} table;

static int by_value_descending(const void *a, const void *b) {
    double x = ((const row *)a)->value, y = ((const row *)b)->value;
    return x < y ? 1 : x > y ? -1 : 0;
}

// Reads columns `kraj` and `hdp_na_obyvatele_2024` of the reference CSV (comma, no quoting).
static void read_table(const char *path, table *t) {
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "floor: cannot read %s\n", path); exit(1); }
    char line[1024];
    int name_column = -1, value_column = -1;
    t->count = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        char *fields[16];
        int n = 0;
        for (char *p = line, *field; (field = strsep(&p, ",")) && n < 16;) fields[n++] = field;
        if (name_column < 0) {
            for (int i = 0; i < n; i++) {
                if (!strcmp(fields[i], "kraj")) name_column = i;
                if (!strcmp(fields[i], "hdp_na_obyvatele_2024")) value_column = i;
            }
            continue;
        }
        if (n <= name_column || n <= value_column || t->count == 64) continue;
        snprintf(t->rows[t->count].name, sizeof t->rows[0].name, "%s", fields[name_column]);
        t->rows[t->count].value = atof(fields[value_column]);
        t->count++;
    }
    fclose(f);
    qsort(t->rows, t->count, sizeof(row), by_value_descending);
}

enum { TEXT = 0x1F2328, MUTED = 0x5C636E, GRID = 0xE3E6EA, AXIS = 0x8C939D, BAR = 0x0072B2 };

static void draw_bar(cairo_t *cr, PangoContext *context, const char *data_path) {
    const double width = 800, height = 500, padding = 20;
    table data;
    read_table(data_path, &data);
    text_drawer t = {context, pango_layout_new(context), cr};
    pango_layout_set_single_paragraph_mode(t.layout, TRUE);

    set_rgb(cr, 0xFFFFFF);
    cairo_paint(cr);

    draw_text(&t, "HDP na obyvatele v krajích Česka v roce 2024", 20, PANGO_WEIGHT_BOLD, TEXT, padding, padding, 0);
    draw_text(&t, "v Kč, běžné ceny", 15, PANGO_WEIGHT_NORMAL, MUTED, padding, padding + 26 + 3, 0);
    double source_top = height - padding - 12 * 1.3;
    draw_text(&t, "Zdroj: ČSÚ, Regionální účty", 12, PANGO_WEIGHT_NORMAL, MUTED, padding, source_top, 0);

    // Plot frame: category labels on the left, value labels right of the bars, axis below.
    double label_width = 0;
    for (int i = 0; i < data.count; i++) {
        double w = text_width(&t, data.rows[i].name, 12.5, PANGO_WEIGHT_NORMAL);
        if (w > label_width) label_width = w;
    }
    char text[64];
    double max_value = data.rows[0].value;
    format_grouped((long)max_value, text);
    double longest_value_label = text_width(&t, text, 12.5, PANGO_WEIGHT_MEDIUM);
    double line = 12.5 * 1.3;
    double plot_left = padding + label_width + 8;
    double plot_top = padding + 26 + 3 + 15 * 1.3 + 18;
    double plot_bottom = source_top - 12 - line - 4 - line - 6;
    double domain = 1600000, step = 200000;
    double plot_right = plot_left + (width - padding - 6 - longest_value_label - plot_left) * domain / max_value;
    if (plot_right > width - padding) plot_right = width - padding;
    double scale = (plot_right - plot_left) / domain;

    // Grid and ticks.
    cairo_set_line_width(cr, 1);
    for (double v = 0; v <= domain; v += step) {
        double x = plot_left + v * scale;
        set_rgb(cr, v == 0 ? AXIS : GRID);
        cairo_move_to(cr, x, plot_top);
        cairo_line_to(cr, x, plot_bottom);
        cairo_stroke(cr);
        format_grouped((long)v, text);
        draw_text(&t, text, 12.5, PANGO_WEIGHT_NORMAL, MUTED, x, plot_bottom + 6, 0.5);
    }
    draw_text(&t, "HDP na obyvatele (Kč)", 12.5, PANGO_WEIGHT_MEDIUM, MUTED, width - padding, plot_bottom + 6 + line + 4, 1);

    // Bars, category labels and value labels.
    double band = (plot_bottom - plot_top) / data.count, bar = band * 0.8;
    for (int i = 0; i < data.count; i++) {
        double top = plot_top + i * band + (band - bar) / 2;
        double length = data.rows[i].value * scale;
        set_rgb(cr, BAR);
        cairo_rectangle(cr, plot_left, top, length, bar);
        cairo_fill(cr);
        double text_top = top + (bar - line) / 2;
        draw_text(&t, data.rows[i].name, 12.5, PANGO_WEIGHT_NORMAL, MUTED, plot_left - 8, text_top, 1);
        format_grouped((long)data.rows[i].value, text);
        draw_text(&t, text, 12.5, PANGO_WEIGHT_MEDIUM, TEXT, plot_left + length + 5, text_top, 0);
    }
    g_object_unref(t.layout);
}

// ---------------------------------------------------------------- the line chart

enum { MAX_SERIES = 8, MAX_POINTS = 400 };

typedef struct {
    char names[MAX_SERIES][64];
    double values[MAX_SERIES][MAX_POINTS];
    char dates[MAX_POINTS][11];
    int series, points;
} series_table;

// Reads `datum,okres,nakazeni` rows, series in order of first appearance, points in file order.
static void read_series(const char *path, series_table *t) {
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "floor: cannot read %s\n", path); exit(1); }
    char line[512];
    int counts[MAX_SERIES] = {0};
    t->series = 0;
    t->points = 0;
    fgets(line, sizeof line, f);  // header
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        char *p = line, *date = strsep(&p, ","), *name = strsep(&p, ","), *value = strsep(&p, ",");
        if (!value) continue;
        int s = 0;
        while (s < t->series && strcmp(t->names[s], name)) s++;
        if (s == t->series) {
            if (s == MAX_SERIES) continue;
            snprintf(t->names[t->series++], 64, "%s", name);
        }
        if (counts[s] == MAX_POINTS) continue;
        if (s == 0) snprintf(t->dates[counts[0]], 11, "%s", date);
        t->values[s][counts[s]++] = atof(value);
        if (counts[s] > t->points) t->points = counts[s];
    }
    fclose(f);
}

static void draw_line(cairo_t *cr, PangoContext *context, const char *data_path) {
    const double width = 800, height = 500, padding = 20;
    static const uint32_t palette[] = {0x0072B2, 0xE69F00, 0x009E73, 0xD55E00};
    static const char *months[] = {"led", "úno", "bře", "dub", "kvě", "čvn", "čvc", "srp", "zář", "říj", "lis", "pro"};
    series_table data;
    read_series(data_path, &data);
    text_drawer t = {context, pango_layout_new(context), cr};
    pango_layout_set_single_paragraph_mode(t.layout, TRUE);

    set_rgb(cr, 0xFFFFFF);
    cairo_paint(cr);
    draw_text(&t, "Potvrzené případy covidu-19 v okresech Libereckého kraje", 20, PANGO_WEIGHT_BOLD, TEXT, padding,
              padding, 0);
    draw_text(&t, "kumulativně, 1. 9. – 29. 12. 2020", 15, PANGO_WEIGHT_NORMAL, MUTED, padding, padding + 29, 0);
    double source_top = height - padding - 12 * 1.3, line = 12.5 * 1.3;
    draw_text(&t, "Zdroj: MZČR", 12, PANGO_WEIGHT_NORMAL, MUTED, padding, source_top, 0);
    double axis_title_top = padding + 29 + 15 * 1.3 + 14;
    draw_text(&t, "potvrzené případy", 12.5, PANGO_WEIGHT_MEDIUM, MUTED, padding, axis_title_top, 0);

    // Value axis 0 .. 14 000 by 2 000, labels left of the plot.
    double max = 0;
    for (int s = 0; s < data.series; s++)
        for (int i = 0; i < data.points; i++)
            if (data.values[s][i] > max) max = data.values[s][i];
    double step = 2000, top_value = step * ((long)(max / step) + 1);
    char text[64];
    format_grouped((long)top_value, text);
    double label_width = text_width(&t, text, 12.5, PANGO_WEIGHT_NORMAL);
    double end_label_width = 0;
    for (int s = 0; s < data.series; s++) {
        double w = text_width(&t, data.names[s], 13, PANGO_WEIGHT_SEMIBOLD);
        if (w > end_label_width) end_label_width = w;
    }
    double plot_left = padding + label_width + 10, plot_right = width - padding - end_label_width - 10;
    double plot_top = axis_title_top + line + 12, plot_bottom = source_top - 12 - 2 * line - 8;
    double x_step = (plot_right - plot_left) / (data.points - 1), y_scale = (plot_bottom - plot_top) / top_value;
    cairo_set_line_width(cr, 1);
    for (double v = 0; v <= top_value; v += step) {
        double y = plot_bottom - v * y_scale;
        set_rgb(cr, v == 0 ? AXIS : GRID);
        cairo_move_to(cr, plot_left, y);
        cairo_line_to(cr, plot_right, y);
        cairo_stroke(cr);
        format_grouped((long)v, text);
        draw_text(&t, text, 12.5, PANGO_WEIGHT_NORMAL, MUTED, plot_left - 10, y - line / 2, 1);
    }
    // Month ticks where a month starts, the year under the first.
    for (int i = 0; i < data.points; i++) {
        if (strcmp(data.dates[i] + 8, "01")) continue;
        double x = plot_left + i * x_step;
        set_rgb(cr, AXIS);
        cairo_move_to(cr, x, plot_bottom);
        cairo_line_to(cr, x, plot_bottom + 5);
        cairo_stroke(cr);
        draw_text(&t, months[atoi(data.dates[i] + 5) - 1], 12.5, PANGO_WEIGHT_NORMAL, MUTED, x, plot_bottom + 7, 0.5);
        if (i == 0) {
            snprintf(text, sizeof text, "%.4s", data.dates[i]);
            draw_text(&t, text, 12.5, PANGO_WEIGHT_NORMAL, TEXT, x, plot_bottom + 7 + line, 0.5);
        }
    }
    // The lines, then their names at their ends.
    cairo_set_line_width(cr, 2.5);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    for (int s = 0; s < data.series; s++) {
        set_rgb(cr, palette[s % 4]);
        for (int i = 0; i < data.points; i++)
            (i ? cairo_line_to : cairo_move_to)(cr, plot_left + i * x_step, plot_bottom - data.values[s][i] * y_scale);
        cairo_stroke(cr);
    }
    for (int s = 0; s < data.series; s++) {
        double y = plot_bottom - data.values[s][data.points - 1] * y_scale;
        draw_text(&t, data.names[s], 13, PANGO_WEIGHT_SEMIBOLD, palette[s % 4], plot_right + 8, y - 13 * 1.3 / 2, 0);
    }
    g_object_unref(t.layout);
}

// ---------------------------------------------------------------- the 6,000-polygon grid map

// The same grid as Benchmarks/Runner/GridMap.swift writes to GeoJSON: 100 x 60 cells over Czechia's
// lon/lat box, integer values 0-99, five classes (breaks 20, 40, 60, 80) in ColorBrewer Blues.
// The floor computes the cells instead of parsing the GeoJSON (Kresba's column includes the parse).
enum { GRID_COLUMNS = 100, GRID_ROWS = 60 };
static const double GRID_WEST = 12.09, GRID_EAST = 18.86, GRID_SOUTH = 48.55, GRID_NORTH = 51.06;
static const uint32_t BLUES5[5] = {0xEFF3FF, 0xBDD7E7, 0x6BAED6, 0x3182BD, 0x08519C};

static int grid_value(int i, int j) { return (i * 7 + j * 13 + (i * j) % 17) % 100; }

static void draw_grid(cairo_t *cr, PangoContext *context, const char *data_path) {
    (void)data_path;
    const double width = 800, height = 500, padding = 20;
    text_drawer t = {context, pango_layout_new(context), cr};
    pango_layout_set_single_paragraph_mode(t.layout, TRUE);
    set_rgb(cr, 0xFFFFFF);
    cairo_paint(cr);
    draw_text(&t, "Syntetická mřížka 100 × 60 buněk nad Českem", 20, PANGO_WEIGHT_BOLD, TEXT, padding, padding, 0);
    draw_text(&t, "6 000 polygonů z GeoJSON; pevné hranice tříd", 15, PANGO_WEIGHT_NORMAL, MUTED, padding,
              padding + 26 + 3, 0);
    double source_top = height - padding - 12 * 1.3;
    draw_text(&t, "Zdroj: vygenerováno (kresba-bench)", 12, PANGO_WEIGHT_NORMAL, MUTED, padding, source_top, 0);

    // Legend on the right: title and five swatches with their ranges.
    static const char *ranges[5] = {"0–20", "20–40", "40–60", "60–80", "80–99"};
    double label_width = text_width(&t, "Hodnota", 13, PANGO_WEIGHT_MEDIUM);
    for (int k = 0; k < 5; k++) {
        double w = 22 + text_width(&t, ranges[k], 13, PANGO_WEIGHT_NORMAL);
        if (w > label_width) label_width = w;
    }
    double legend_left = width - padding - label_width, top = padding + 26 + 3 + 15 * 1.3 + 18;
    draw_text(&t, "Hodnota", 13, PANGO_WEIGHT_MEDIUM, TEXT, legend_left, top, 0);
    for (int k = 0; k < 5; k++) {
        double y = top + 13 * 1.3 + 8 + k * 20;
        set_rgb(cr, BLUES5[k]);
        cairo_rectangle(cr, legend_left, y, 16, 14);
        cairo_fill(cr);
        draw_text(&t, ranges[k], 13, PANGO_WEIGHT_NORMAL, TEXT, legend_left + 22, y - 1, 0);
    }

    // The map fitted into the rest, equirectangular scaled by the cosine of the middle latitude.
    double box_left = padding, box_right = legend_left - 16, box_top = top, box_bottom = source_top - 12;
    double aspect = cos((GRID_SOUTH + GRID_NORTH) / 2 * G_PI / 180);
    double sx = (box_right - box_left) / ((GRID_EAST - GRID_WEST) * aspect);
    double sy = (box_bottom - box_top) / (GRID_NORTH - GRID_SOUTH);
    double k = sx < sy ? sx : sy;
    double map_w = (GRID_EAST - GRID_WEST) * aspect * k, map_h = (GRID_NORTH - GRID_SOUTH) * k;
    double left = box_left + (box_right - box_left - map_w) / 2, bottom = box_top + (box_bottom - box_top + map_h) / 2;
    double dx = (GRID_EAST - GRID_WEST) / GRID_COLUMNS, dy = (GRID_NORTH - GRID_SOUTH) / GRID_ROWS;
#define GX(lon) (left + ((lon) - GRID_WEST) * aspect * k)
#define GY(lat) (bottom - ((lat) - GRID_SOUTH) * k)
    // Each cell a polygon of its own (as a GeoJSON reader hands it over), even-odd as Kresba fills.
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    for (int j = 0; j < GRID_ROWS; j++)
        for (int i = 0; i < GRID_COLUMNS; i++) {
            double x0 = GRID_WEST + i * dx, x1 = GRID_WEST + (i + 1) * dx;
            double y0 = GRID_SOUTH + j * dy, y1 = GRID_SOUTH + (j + 1) * dy;
            int v = grid_value(i, j), c = v <= 20 ? 0 : v <= 40 ? 1 : v <= 60 ? 2 : v <= 80 ? 3 : 4;
            set_rgb(cr, BLUES5[c]);
            cairo_move_to(cr, GX(x0), GY(y0));
            cairo_line_to(cr, GX(x1), GY(y0));
            cairo_line_to(cr, GX(x1), GY(y1));
            cairo_line_to(cr, GX(x0), GY(y1));
            cairo_close_path(cr);
            cairo_fill(cr);
        }
    // Inner borders thin, white and drawn once; the outline stronger and grey. Widths, colours,
    // round caps and joins as Kresba strokes them (ChoroplethChart): a thinner, butt-capped line,
    // as here before, cost about 0.4 ms less to draw.
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    set_rgb(cr, 0xFFFFFF);
    cairo_set_line_width(cr, 0.7);
    for (int i = 1; i < GRID_COLUMNS; i++) {
        cairo_move_to(cr, GX(GRID_WEST + i * dx), GY(GRID_SOUTH));
        cairo_line_to(cr, GX(GRID_WEST + i * dx), GY(GRID_NORTH));
    }
    for (int j = 1; j < GRID_ROWS; j++) {
        cairo_move_to(cr, GX(GRID_WEST), GY(GRID_SOUTH + j * dy));
        cairo_line_to(cr, GX(GRID_EAST), GY(GRID_SOUTH + j * dy));
    }
    cairo_stroke(cr);
    set_rgb(cr, 0x5C5C5C);
    cairo_set_line_width(cr, 1);
    cairo_rectangle(cr, GX(GRID_WEST), GY(GRID_NORTH), map_w, map_h);
    cairo_stroke(cr);
#undef GX
#undef GY
    g_object_unref(t.layout);
}

typedef void (*draw_function)(cairo_t *, PangoContext *, const char *);

static const struct {
    const char *name;
    draw_function draw;
    double width, height;
} charts[] = {
    {"bar", draw_bar, 800, 500},
    {"line", draw_line, 800, 500},
    {"grid", draw_grid, 800, 500},
};

// ---------------------------------------------------------------- PNG, as Kresba writes it

static void put32(buffer *b, uint32_t v) {
    unsigned char bytes[4] = {v >> 24, v >> 16, v >> 8, v};
    buffer_append(b, bytes, 4);
}

static void chunk(buffer *png, const char *type, const unsigned char *data, size_t length) {
    put32(png, (uint32_t)length);
    buffer_append(png, type, 4);
    if (length) buffer_append(png, data, length);
    uint32_t crc = libdeflate_crc32(0, type, 4);
    if (length) crc = libdeflate_crc32(crc, data, length);  // a NULL buffer would give 0
    put32(png, crc);
}

// Straight RGB (all opaque) or RGBA scanlines, filter none, libdeflate level 6, one IDAT.
static void encode_png(cairo_surface_t *surface, buffer *png) {
    cairo_surface_flush(surface);
    int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
    int stride = cairo_image_surface_get_stride(surface);
    const unsigned char *pixels = cairo_image_surface_get_data(surface);
    int opaque = 1;
    for (int y = 0; y < height && opaque; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * stride);
        uint32_t all = 0xFFFFFFFF;
        for (int x = 0; x < width; x++) all &= row[x];
        opaque = all >> 24 == 0xFF;
    }
    int channels = opaque ? 3 : 4;
    size_t line = (size_t)width * channels + 1, size = line * height;
    unsigned char *lines = malloc(size);
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * stride);
        unsigned char *out = lines + y * line;
        *out++ = 0;
        for (int x = 0; x < width; x++) {
            uint32_t p = row[x], a = p >> 24;
            if (channels == 3) {
                *out++ = p >> 16; *out++ = p >> 8; *out++ = p;
            } else if (a == 0) {
                *out++ = 0; *out++ = 0; *out++ = 0; *out++ = 0;
            } else {
                *out++ = ((p >> 16 & 0xFF) * 255 + a / 2) / a;
                *out++ = ((p >> 8 & 0xFF) * 255 + a / 2) / a;
                *out++ = ((p & 0xFF) * 255 + a / 2) / a;
                *out++ = a;
            }
        }
    }
    struct libdeflate_compressor *compressor = libdeflate_alloc_compressor(6);
    size_t bound = libdeflate_zlib_compress_bound(compressor, size);
    unsigned char *stream = malloc(bound);
    size_t compressed = libdeflate_zlib_compress(compressor, lines, size, stream, bound);
    libdeflate_free_compressor(compressor);
    free(lines);

    static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    buffer_append(png, signature, 8);
    unsigned char header[13] = {width >> 24, width >> 16, width >> 8, width, height >> 24, height >> 16,
                                height >> 8, height, 8, opaque ? 2 : 6, 0, 0, 0};
    chunk(png, "IHDR", header, 13);
    chunk(png, "IDAT", stream, compressed);
    chunk(png, "IEND", NULL, 0);
    free(stream);
}

// ---------------------------------------------------------------- renders

enum format { PNG, PNG_CAIRO, SVG, PDF };

typedef struct {
    int chart;
    PangoFontMap *map;
    const char *data;
    double draw_ms, encode_ms, draw_cpu, encode_cpu;  // of the last PNG render
} renderer;

static void render(renderer *r, enum format format, buffer *out) {
    double w = charts[r->chart].width, h = charts[r->chart].height;
    PangoContext *context = new_context(r->map);
    cairo_surface_t *surface;
    double scale = 1;
    if (format == PNG || format == PNG_CAIRO) {
        scale = 2;
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)(w * 2), (int)(h * 2));
    } else if (format == SVG) {
        surface = cairo_svg_surface_create_for_stream(buffer_write, out, w, h);
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
    } else {
        scale = 0.75;
        surface = cairo_pdf_surface_create_for_stream(buffer_write, out, w * 0.75, h * 0.75);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z");
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2000-01-01T00:00:00Z");
    }
    double start = now_ms(), cpu_start = cpu_ms();
    cairo_t *cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    charts[r->chart].draw(cr, context, r->data);
    cairo_destroy(cr);
    double drawn = now_ms(), drawn_cpu = cpu_ms();
    if (format == PNG) encode_png(surface, out);
    if (format == PNG_CAIRO) cairo_surface_write_to_png_stream(surface, buffer_write, out);
    r->draw_ms = drawn - start;
    r->encode_ms = now_ms() - drawn;
    r->draw_cpu = drawn_cpu - cpu_start;
    r->encode_cpu = cpu_ms() - drawn_cpu;
    cairo_surface_destroy(surface);  // finishes SVG and PDF
    g_object_unref(context);
}

static const char *option(int argc, char **argv, const char *name, const char *fallback) {
    for (int i = 2; i < argc - 1; i++)
        if (!strcmp(argv[i], name)) return argv[i + 1];
    return fallback;
}

static int flag(int argc, char **argv, const char *name) {
    for (int i = 2; i < argc; i++)
        if (!strcmp(argv[i], name)) return 1;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2 || (strcmp(argv[1], "bench") && strcmp(argv[1], "once"))) {
        fprintf(stderr, "usage: floor bench|once --chart NAME --fonts DIR --data CSV [--out FILE] ...\n");
        return 2;
    }
    const char *chart = option(argc, argv, "--chart", "bar");
    renderer r = {.chart = -1, .data = option(argc, argv, "--data", NULL)};
    for (size_t i = 0; i < sizeof charts / sizeof charts[0]; i++)
        if (!strcmp(charts[i].name, chart)) r.chart = (int)i;
    const char *fonts = option(argc, argv, "--fonts", NULL);
    if (r.chart < 0 || !fonts || !r.data) { fprintf(stderr, "floor: need --chart, --fonts and --data\n"); return 2; }
    FcConfig *config = load_fonts(fonts);
    r.map = new_font_map(config);

    if (!strcmp(argv[1], "once")) {
        const char *path = option(argc, argv, "--out", NULL);
        if (!path) { fprintf(stderr, "floor: need --out\n"); return 2; }
        buffer out = {0};
        render(&r, flag(argc, argv, "--cairo-writer") ? PNG_CAIRO : PNG, &out);
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(out.data, 1, out.length, f) != out.length || fclose(f)) {
            fprintf(stderr, "floor: cannot write %s\n", path);
            return 1;
        }
        return 0;
    }

    int iterations = atoi(option(argc, argv, "--iterations", "50"));
    int warmup = atoi(option(argc, argv, "--warmup", "5"));
    if (iterations < 1) iterations = 1;
    // Per measurement: wall and CPU medians. Index 0-3 the formats, 4 the PNG with a new font map
    // per render (as Kresba makes one per render), 5-8 draw and encode of the PNG (wall, CPU).
    enum { N = 9 };
    const char *names[N] = {"png", "png_cairo", "svg", "pdf", "png_new_font_map", "draw", "encode", "draw_cpu",
                            "encode_cpu"};
    double *samples[N + 5], result[N + 5];
    for (int k = 0; k < N + 5; k++) samples[k] = malloc(sizeof(double) * iterations);
    size_t sizes[4] = {0};
    PangoFontMap *shared = r.map;
    for (int f = 0; f <= 4; f++) {
        for (int i = -warmup; i < iterations; i++) {
            buffer out = {0};
            double start = now_ms(), cpu_start = cpu_ms();
            if (f == 4) r.map = new_font_map(config);
            render(&r, f == 4 ? PNG : (enum format)f, &out);
            if (f == 4) {
                g_object_unref(r.map);
                r.map = shared;
            }
            double wall = now_ms() - start, cpu = cpu_ms() - cpu_start;
            if (f < 4) sizes[f] = out.length;
            free(out.data);
            if (i < 0) continue;
            samples[f][i] = wall;
            samples[N + f][i] = cpu;  // CPU of measurement f lives at N + f
            if (f == PNG) {
                samples[5][i] = r.draw_ms;
                samples[6][i] = r.encode_ms;
                samples[7][i] = r.draw_cpu;
                samples[8][i] = r.encode_cpu;
            }
        }
    }
    for (int k = 0; k < N + 5; k++) result[k] = median(samples[k], iterations);
    printf("{");
    for (int k = 0; k < N; k++) printf("\"%s\": %.4f, ", names[k], result[k]);
    for (int f = 0; f <= 4; f++) printf("\"%s_cpu\": %.4f, ", names[f], result[N + f]);
    printf("\"png_bytes\": %zu, \"png_cairo_bytes\": %zu, \"svg_bytes\": %zu, \"pdf_bytes\": %zu}\n", sizes[0],
           sizes[1], sizes[2], sizes[3]);
    return 0;
}
