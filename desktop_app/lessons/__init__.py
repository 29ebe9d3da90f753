"""Lessons and courses: the file format, the checker and the library (no Qt: QtCore only to translate a problem)."""

from .library import load_library
from .model import Block, Course, Lesson, Library, Problem, Question
from .parser import parse_course, parse_lesson
from .textfile import decode

__all__ = [
    "Block",
    "Course",
    "Lesson",
    "Library",
    "Problem",
    "Question",
    "decode",
    "load_library",
    "parse_course",
    "parse_lesson",
]
