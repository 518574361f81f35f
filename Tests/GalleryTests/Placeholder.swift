// Gallery tests: see GalleryTests.swift
