"""Colours petdesk draws with beside the style's palette, named once for every page."""

#: Text and icons that ask for attention: overdue reminders, clashes, a move that was refused.
#: Dark amber, readable on the light list and form backgrounds (contrast 5.4:1 on white).
WARNING = "#b54708"
#: Today's day heading in the calendar's month and week views.
TODAY_FILL = "#dbe8fb"
